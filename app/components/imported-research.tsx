import type { ImportedResearch } from "../../domain/occupation-content";
import { Section } from "./page";
import { ResearchAttribution } from "./research-attribution";

const pct = (share: number) => Math.round(share * 100);

/** The research figures behind an imported report, with the attribution its licences require. */
export function ImportedResearchSection({ research, title }: { research: ImportedResearch; title: string }) {
  const { e0, e1, e2 } = research.taskLabels;
  const facts: [string, string][] = [
    ["O*NET-SOC code", research.onetSocCode],
    ["Task statements", `${e0 + e1 + e2} (${e1} E1 · ${e2} E2 · ${e0} E0)`],
    ["Paper's β, human raters", `${pct(research.humanBeta)}/100`],
    ["Paper's β, GPT-4 rater", `${pct(research.gptBeta)}/100`],
  ];
  if (research.aiApplicability !== undefined) facts.push(["AI applicability (observed Copilot use)", research.aiApplicability.toFixed(2)]);
  if (research.jobZone !== undefined) facts.push(["O*NET job zone (preparation needed, 1–5)", String(research.jobZone)]);
  return (
    <Section
      title="Data behind this report"
      id="research"
      intro={`This report on ${title} is generated from public research data, not written by our team. See how the score is computed on the method page.`}
    >
      <dl className="grid max-w-3xl gap-3 sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label} className="rounded-lg border border-line bg-surface p-3">
            <dt className="text-xs text-muted">{label}</dt>
            <dd className="mt-1 font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm">
        <a href="/method" className="font-semibold text-accent-strong underline">
          How we score exposure
        </a>
      </p>
      <div className="mt-6">
        <ResearchAttribution withApplicability={research.aiApplicability !== undefined} />
      </div>
    </Section>
  );
}
