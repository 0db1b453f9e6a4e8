import { RESEARCH_SOURCES } from "../../domain/research-sources";
/** Wording the data licences require wherever figures derived from the research files appear. */
export const ONET_ATTRIBUTION =
  "This site incorporates information from O*NET (onetcenter.org) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.";

export function ResearchAttribution({ withApplicability = true }: { withApplicability?: boolean }) {
  return (
    <div className="max-w-3xl space-y-3 text-sm text-muted">
      <p>
        {ONET_ATTRIBUTION} O*NET® is a trademark of USDOL/ETA. Task statements are O*NET's; the exposure labels, scores and pivot paths are
        derived by Career Pivot and are not endorsed by USDOL/ETA.
      </p>
      <ul className="list-disc space-y-1 pl-5">
        {RESEARCH_SOURCES.filter((s, i) => withApplicability || i === 0).map((s) => (
          <li key={s.url}>
            <a href={s.url} className="underline" rel="noopener noreferrer">
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
