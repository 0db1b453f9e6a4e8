import { Link } from "react-router";
import type { StepDownPath } from "../../domain/scoring";
import { Section } from "./page";

/**
 * A stored step-down reason split into what makes it a step down ("Needs much less preparation
 * and pays less.") and the rest (work, job zones, pay ratio, exposure). Reasons imported before
 * the lead was written ("A step down, shown only if you ask for one. …") have no lead: their
 * details still name the zones and the pay ratio.
 */
export function splitStepDownReason(reason: string): { lead: string | null; detail: string } {
  const m = /^A step down(?::\s*([^.]+)\.|, shown only if you ask for one\.|\.)\s*/.exec(reason);
  if (!m) return { lead: null, detail: reason };
  const lead = m[1] ? `${m[1][0]!.toUpperCase()}${m[1].slice(1)}.` : null;
  return { lead, detail: reason.slice(m[0].length) };
}

/**
 * Step downs the person asked for on the goals step, in their own section after the moves and
 * never among them. `paths` is absent when they did not ask (or the role is curated, which has
 * none computed): nothing shows. Empty: one line saying there are none.
 */
export function StepDownPaths({ paths, occupationTitle }: { paths: readonly StepDownPath[] | undefined; occupationTitle: string }) {
  if (paths === undefined) return null;
  const title = "Step-down options you asked for";
  if (paths.length === 0) {
    return (
      <Section title={title} id="step-downs">
        <p className="max-w-3xl">
          {`We have no step-down options for ${occupationTitle.toLowerCase()}: none of the roles whose work is most like yours needs much less preparation or pays less.`}
        </p>
      </Section>
    );
  }
  return (
    <Section
      title={title}
      id="step-downs"
      intro="You said you would also consider work that needs less training or pays less. These are not among your best moves: each needs much less preparation than your role, pays less, or both, as it says. Pay is compared with US medians as a ratio; UK pay may differ."
    >
      <ul className="grid gap-3 lg:grid-cols-2">
        {paths.map((p) => {
          const { lead, detail } = splitStepDownReason(p.reason);
          return (
            <li key={p.slug} className="rounded-lg border border-line bg-surface p-4">
              <p className="text-xs font-semibold uppercase tracking-wide text-muted">Step down · exposure {p.exposureScore}/100</p>
              <p className="mt-1 font-bold">
                <Link to={`/occupations/${p.slug}`} className="text-accent-strong underline">
                  {p.title}
                </Link>
              </p>
              {lead ? <p className="mt-2 font-semibold">{lead}</p> : null}
              <p className="mt-2 text-sm">
                <span className="font-semibold">Why this path:</span> {detail}
              </p>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
