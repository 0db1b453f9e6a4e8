import { Link } from "react-router";
import type { StepDownView } from "../assessment/step-downs";
import { Section } from "./page";

/**
 * Step downs the person asked for on the goals step, in their own section after the moves and
 * never among them; the words come with the view (app/assessment/step-downs.ts). No view: nothing.
 */
export function StepDownPaths({ view }: { view: StepDownView | null }) {
  if (!view) return null;
  return (
    <Section title={view.title} id="step-downs" intro={view.intro ?? undefined}>
      {view.none ? <p className="max-w-3xl">{view.none}</p> : null}
      {view.paths.length ? (
        <ul className="grid gap-3 lg:grid-cols-2">
          {view.paths.map((p) => (
            <li key={p.slug} className="rounded-lg border border-line bg-surface p-4">
              <p className="text-xs font-semibold uppercase tracking-wide text-muted">Step down · exposure {p.exposureScore}/100</p>
              <p className="mt-1 font-bold">
                <Link to={`/occupations/${p.slug}`} className="text-accent-strong underline">
                  {p.title}
                </Link>
              </p>
              {p.lead ? <p className="mt-2 font-semibold">{p.lead}</p> : null}
              <p className="mt-2 text-sm">
                <span className="font-semibold">Why this path:</span> {p.detail}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}
