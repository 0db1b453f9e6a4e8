import { Link } from "react-router";
import { EXPOSURE_LABEL_TEXT, exposureLabelOf, LABEL_RISK } from "../../domain/exposure-labels";

/** How an imported role's paths are chosen, under its pivot cards (ADR 009). */
export const IMPORTED_PATHS_NOTE =
  "Paths are chosen from the work itself: how alike the two roles' O*NET task statements are, then skills, the preparation " +
  "O*NET's job zone says each needs, US pay (BLS OEWS May 2021, compared as a ratio, never converted to pounds) and AI exposure. " +
  "A move to much less preparation or lower pay is not offered as a pivot; one that needs a new degree or licence is listed as a long-term path.";

const badgeStyle = {
  high: "bg-risk-high-soft text-risk-high border-risk-high/30",
  medium: "bg-risk-medium-soft text-risk-medium border-risk-medium/30",
  low: "bg-risk-low-soft text-risk-low border-risk-low/30",
} as const;

/** An imported task's research label in words ("Direct exposure (an LLM alone could halve the time)"). */
export function ExposureLabelBadge({ exposure }: { exposure: number }) {
  const label = exposureLabelOf(exposure);
  if (!label) return null;
  return (
    <span className={`inline-block rounded-md border px-2 py-0.5 text-xs font-semibold ${badgeStyle[LABEL_RISK[label]]}`}>
      {EXPOSURE_LABEL_TEXT[label]} <span className="font-normal">· {label}</span>
    </span>
  );
}

/** The task table of an imported report: each task's research label, not a percentage. */
export function ImportedTaskTable({ tasks }: { tasks: readonly { position: number; name: string; exposure: number }[] }) {
  return (
    <div className="overflow-hidden rounded-lg border border-line bg-surface">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Tasks with the exposure label human annotators gave them in Eloundou et al. (2024)</caption>
        <thead className="bg-paper text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="p-3">
              Task
            </th>
            <th scope="col" className="w-72 p-3">
              Exposure to large language models
            </th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((t) => (
            <tr key={t.position} className="border-t border-line align-top">
              <th scope="row" className="p-3 font-normal">
                {t.name}
              </th>
              <td className="p-3">
                <ExposureLabelBadge exposure={t.exposure} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Why an imported path is suggested, as stored with it. */
export function PathReason({ reason }: { reason: string }) {
  return (
    <p className="mt-3 text-sm">
      <span className="font-semibold">Why this path:</span> {reason}
    </p>
  );
}

/** Moves that need a new degree, licence or years of experience: listed apart, labelled long-term. */
export function LongTermPaths({ paths }: { paths: readonly { slug: string; title: string; reason: string }[] }) {
  if (paths.length === 0) return null;
  return (
    <div className="mt-6">
      <h3 className="text-lg font-bold">Long-term paths</h3>
      <p className="mt-1 max-w-3xl text-sm text-muted">
        Not quick pivots: these need a new degree, a licence or years of experience first.
      </p>
      <ul className="mt-3 grid gap-3 lg:grid-cols-2">
        {paths.map((p) => (
          <li key={p.slug} className="rounded-lg border border-line bg-surface p-4">
            <p className="text-xs font-semibold uppercase tracking-wide text-muted">Long-term path</p>
            <p className="mt-1 font-bold">
              <Link to={`/occupations/${p.slug}`} className="text-accent-strong underline">
                {p.title}
              </Link>
            </p>
            <p className="mt-2 text-sm">{p.reason.replace(/^Long-term path, not a quick pivot\. /, "")}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
