import { data, Link, redirect } from "react-router";
import { ALL_WORKERS_EXPOSURE, ALL_WORKERS_SOURCE, describeVsAllWorkers } from "../../domain/benchmarks";
import { BLUEPRINT_PRICE_GBP } from "../../domain/blueprint-availability";
import type { Resilience } from "../../domain/pivots";
import { riskForExposure } from "../../domain/risk";
import { Container, PrimaryLink, Section } from "../components/page";
import { ExposureBar, RiskBadge } from "../components/risk";
import { ImportedResearchSection } from "../components/imported-research";
import { IMPORTED_PATHS_NOTE, ImportedTaskTable, LongTermPaths, PathReason } from "../components/imported-paths";
import { EXPOSURE_LABELS_EXPLAINED } from "../../domain/exposure-labels";
import { ScoreDial } from "../components/score-dial";
import { getOccupationReport, slugPattern, type OccupationReport } from "../catalogue/catalogue.server";
import { excerpt, seoMeta } from "../utils/seo";
import { absoluteUrl } from "../utils/url.server";
import type { Route } from "./+types/occupation-report";

export async function loader({ params }: Route.LoaderArgs) {
  const slug = params.slug;
  if (!slugPattern.test(slug)) {
    const normalised = slug.trim().toLowerCase();
    if (slugPattern.test(normalised)) throw redirect(`/occupations/${normalised}`, 301);
    throw data("Not found", { status: 404 });
  }
  const report = await getOccupationReport(slug);
  if (!report) throw data("Not found", { status: 404 });
  // Explanations that only imported reports print travel as data, not in every visitor's JavaScript.
  const notes = {
    tasksIntro: report.occupation.research ? EXPOSURE_LABELS_EXPLAINED : report.occupation.tasksIntro,
    pathsNote: report.occupation.research
      ? IMPORTED_PATHS_NOTE
      : "Skill match is computed from the importance and level of each skill in both roles, not typed in by hand.",
  };
  return { ...report, notes, canonical: absoluteUrl(`/occupations/${slug}`) };
}

export function meta({ data: report }: Route.MetaArgs) {
  if (!report) return [{ title: "Occupation not found · Career Pivot" }];
  const { occupation } = report;
  return seoMeta({
    title: `Will AI replace ${occupation.pluralTitle.toLowerCase()}? AI exposure ${occupation.exposureScore}/100`,
    description: excerpt(`AI exposure score ${occupation.exposureScore}/100. ${occupation.summary}`),
    canonical: report.canonical,
  });
}

const monthYear = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "Europe/London" });
const gbp = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

export default function OccupationReportPage({ loaderData }: Route.ComponentProps) {
  const { occupation, tasks, pivots, longTermPaths, comparisons } = loaderData;
  return (
    <Container className="py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">Occupation report · {occupation.sector}</p>
      <h1 className="mt-2 text-3xl font-bold sm:text-4xl">{occupation.title}</h1>
      {occupation.ukWords.length ? <p className="mt-2 text-muted">Also called in the UK: {occupation.ukWords.join(", ")}</p> : null}
      <p className="mt-4 max-w-3xl text-lg leading-relaxed">{occupation.summary}</p>
      <p className="mt-3 text-sm text-muted">
        Last updated {monthYear.format(new Date(occupation.contentUpdatedAt))} ·{" "}
        {occupation.research
          ? "Imported from O*NET task statements and published exposure research (sources below)"
          : "Based on O*NET task data, published exposure research and UK salary sources listed below"}
      </p>

      <Headline report={loaderData} />
      {occupation.outlook ? <p className="mt-8 max-w-3xl text-lg leading-relaxed">{occupation.outlook}</p> : null}

      {tasks.length > 0 ? (
        <Section title="Task by task" id="tasks" intro={loaderData.notes.tasksIntro}>
          {/* Imported tasks carry a research label (E1/E2/E0), not a share of the task done by AI. */}
          {occupation.research ? <ImportedTaskTable tasks={tasks} /> : <TaskTable tasks={tasks} />}
        </Section>
      ) : null}

      {occupation.timeline?.length ? (
        <Section title="How AI has changed the work" id="timeline" intro={occupation.timelineIntro}>
          <ol className="grid gap-4 sm:grid-cols-3">
            {occupation.timeline.map((era) => (
              <li key={era.period} className="rounded-lg border border-line bg-surface p-5">
                <p className="text-sm font-semibold text-accent-strong">{era.period}</p>
                <h3 className="mt-1 text-lg font-bold">{era.title}</h3>
                <p className="mt-2 text-sm leading-relaxed">{era.body}</p>
              </li>
            ))}
          </ol>
          {occupation.verdict ? <p className="mt-6 max-w-3xl leading-relaxed">{occupation.verdict}</p> : null}
        </Section>
      ) : null}

      <ComparisonCards occupation={occupation} comparisons={comparisons} />

      {pivots.length > 0 || longTermPaths.length > 0 ? (
        <Section title="Where your skills can take you" id="pivots" intro={occupation.pivotIntro}>
          <ol className="grid gap-4 lg:grid-cols-3">
            {pivots.map((p) => (
              <PivotCard key={p.slug} pivot={p} />
            ))}
          </ol>
          <LongTermPaths paths={longTermPaths} />
          {occupation.skillsEstimatedNote ? <p className="mt-3 text-sm text-muted">{occupation.skillsEstimatedNote}</p> : null}
          <p className="mt-3 text-sm text-muted">{loaderData.notes.pathsNote}</p>
        </Section>
      ) : null}

      <AssessmentCallToAction slug={occupation.slug} title={occupation.title} blueprint={loaderData.blueprint} />

      {occupation.salary ? (
        <Section title="UK salary" id="salary">
          <dl className="grid max-w-xl grid-cols-3 gap-3 text-center">
            {(
              [
                ["Lower quartile", occupation.salary.p25],
                ["Median", occupation.salary.median],
                ["Upper quartile", occupation.salary.p75],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className="rounded-lg border border-line bg-surface p-3">
                <dt className="text-xs text-muted">{label}</dt>
                <dd className="mt-1 text-lg font-bold tabular-nums">{gbp.format(value)}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-2 text-sm text-muted">
            UK-wide advertised salaries. Source:{" "}
            {occupation.salary.sourceUrl ? (
              <a href={occupation.salary.sourceUrl} className="underline" rel="noopener">
                {occupation.salary.source}
              </a>
            ) : (
              occupation.salary.source
            )}
            , {occupation.salary.period ?? occupation.salary.year}
            {occupation.salary.roundedTo ? `, rounded by us to the nearest ${gbp.format(occupation.salary.roundedTo)}` : ""}.
          </p>
        </Section>
      ) : null}

      {occupation.faq?.length ? (
        <Section title="Questions people ask" id="faq">
          <div className="max-w-3xl space-y-6">
            {occupation.faq.map((f) => (
              <div key={f.question}>
                <h3 className="text-lg font-bold">{f.question}</h3>
                <p className="mt-2 leading-relaxed">{f.answer}</p>
              </div>
            ))}
          </div>
        </Section>
      ) : null}

      {occupation.research ? <ImportedResearchSection research={occupation.research} title={occupation.title} /> : null}

      {occupation.sources?.length ? (
        <Section title="Sources" id="sources">
          <ul className="list-disc space-y-1 pl-5 text-sm text-muted">
            {occupation.sources.map((s) => (
              <li key={s.label}>
                {s.url ? (
                  <a href={s.url} className="underline" rel="noopener noreferrer">
                    {s.label}
                  </a>
                ) : (
                  s.label
                )}
              </li>
            ))}
            <li>“All workers” reference: {ALL_WORKERS_SOURCE}</li>
          </ul>
        </Section>
      ) : null}
    </Container>
  );
}

function Headline({ report }: { report: OccupationReport }) {
  const { occupation } = report;
  return (
    <div className={`mt-8 grid gap-4 ${occupation.windowToAct ? "md:grid-cols-3" : "md:grid-cols-2"}`}>
      <div className="rounded-lg border border-line bg-surface p-5">
        <h2 className="text-base font-semibold">AI exposure score</h2>
        <div className="mt-2 flex items-center gap-4">
          <ScoreDial score={occupation.exposureScore} risk={occupation.risk} label="AI exposure score" />
        </div>
        <p className="mt-1 text-sm font-semibold">{occupation.exposureLabel ?? describeVsAllWorkers(occupation.exposureScore)}</p>
      </div>
      {/* Imported occupations have no written timing assessment: the card is left out, not filled. */}
      {occupation.windowToAct ? (
        <div className="rounded-lg border border-line bg-surface p-5">
          <h2 className="text-base font-semibold">Window to act</h2>
          <p className="mt-2 font-serif text-2xl font-bold">{occupation.windowToAct.label}</p>
          <p className="mt-2 text-sm leading-relaxed">{occupation.windowToAct.detail}</p>
        </div>
      ) : null}
      <div className="rounded-lg border border-line bg-surface p-5">
        <h2 className="text-base font-semibold">vs all workers</h2>
        <p className="mt-2 font-serif text-xl font-bold">{describeVsAllWorkers(occupation.exposureScore)}</p>
        <div className="mt-3 space-y-2 text-sm">
          <p>{occupation.title}</p>
          <ExposureBar value={occupation.exposureScore} risk={occupation.risk} label={`${occupation.title} exposure`} />
          <p>All workers (average)</p>
          <ExposureBar value={ALL_WORKERS_EXPOSURE} risk={riskForExposure(ALL_WORKERS_EXPOSURE)} label="All workers exposure" />
        </div>
        {occupation.vsAllWorkers ? <p className="mt-3 text-sm leading-relaxed">{occupation.vsAllWorkers}</p> : null}
      </div>
    </div>
  );
}

function TaskTable({ tasks }: { tasks: OccupationReport["tasks"] }) {
  // On a phone the risk, tools and exposure stack under each task instead of squeezing columns.
  // Imported tasks name no AI tools, so that column only appears when some task has them.
  const withTools = tasks.some((t) => t.aiTools.length > 0);
  return (
    <div className="overflow-hidden rounded-lg border border-line bg-surface">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">
          {withTools
            ? "Tasks with their AI risk level, the AI tools doing them, and exposure"
            : "Tasks with their AI risk level and exposure"}
        </caption>
        <thead className="bg-paper text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="p-3">
              Task
            </th>
            <th scope="col" className="hidden p-3 sm:table-cell">
              Risk level
            </th>
            {withTools ? (
              <th scope="col" className="hidden p-3 md:table-cell">
                AI tools doing this
              </th>
            ) : null}
            <th scope="col" className="hidden w-40 p-3 sm:table-cell">
              Exposure
            </th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((t) => (
            <tr key={t.position} className="border-t border-line align-top">
              <th scope="row" className="p-3 font-normal">
                <span className="block font-semibold">{t.name}</span>
                {t.description ? <span className="mt-1 block text-muted">{t.description}</span> : null}
                {withTools ? <span className="mt-1 block text-muted md:hidden">AI tools: {t.aiTools.join(", ")}</span> : null}
                <span className="mt-2 flex items-center gap-3 sm:hidden">
                  <RiskBadge risk={t.risk} suffix=" risk" />
                  <span className="grow">
                    <ExposureBar value={t.exposure} risk={t.risk} label={`${t.name} exposure`} />
                  </span>
                </span>
              </th>
              <td className="hidden p-3 sm:table-cell">
                <RiskBadge risk={t.risk} />
              </td>
              {withTools ? <td className="hidden p-3 md:table-cell">{t.aiTools.join(", ")}</td> : null}
              <td className="hidden p-3 sm:table-cell">
                <ExposureBar value={t.exposure} risk={t.risk} label={`${t.name} exposure`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type ComparisonEntry = { slug: string; title: string; exposureScore: number; blurb: string | null };

function ComparisonCards({ occupation, comparisons }: Pick<OccupationReport, "occupation" | "comparisons">) {
  const cards: { label: string; entry: ComparisonEntry; self?: boolean }[] = [];
  if (comparisons.moreExposed) cards.push({ label: "More exposed", entry: comparisons.moreExposed });
  cards.push({
    label: "This role",
    self: true,
    entry: { slug: occupation.slug, title: occupation.title, exposureScore: occupation.exposureScore, blurb: occupation.comparisonBlurb },
  });
  if (comparisons.sameSectorLower) cards.push({ label: "Same sector, lower risk", entry: comparisons.sameSectorLower });
  if (comparisons.muchLower) cards.push({ label: "Much lower risk", entry: comparisons.muchLower });
  if (cards.length < 2) return null;
  return (
    <Section title="How it compares" id="compare">
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {cards.map(({ label, entry, self }) => (
          <li key={label} className={`rounded-lg border p-5 ${self ? "border-accent bg-accent-soft" : "border-line bg-surface"}`}>
            <p className="text-xs font-semibold uppercase tracking-wide text-muted">{label}</p>
            <p className="mt-2 text-lg font-bold">
              {self ? (
                entry.title
              ) : (
                <Link to={`/occupations/${entry.slug}`} className="text-accent-strong underline">
                  {entry.title}
                </Link>
              )}
            </p>
            <p className="font-serif text-2xl font-bold tabular-nums">
              {entry.exposureScore}
              <span className="text-base font-normal text-muted">/100</span>
            </p>
            {entry.blurb ? <p className="mt-2 text-sm leading-relaxed">{entry.blurb}</p> : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

const resilienceCopy: Record<Resilience, { label: string; text: (drop: number) => string }> = {
  resilient: {
    label: "Resilient move",
    text: (d) => `${d} points less exposed to AI than where you are now: a structurally safer place to build a career.`,
  },
  positive: {
    label: "Positive direction",
    text: (d) => `Slightly less exposed (${d} point${d === 1 ? "" : "s"} lower), with different work at its core.`,
  },
  similar: {
    label: "Similar exposure",
    text: () => "About as exposed as your current role: choose it for the work, not for safety from AI.",
  },
  "more-exposed": {
    label: "More exposed",
    text: (d) => `${-d} points more exposed than your current role: worth it only if the work itself draws you.`,
  },
};

function PivotCard({ pivot }: { pivot: OccupationReport["pivots"][number] }) {
  const copy = resilienceCopy[pivot.resilience];
  return (
    <li className="flex flex-col rounded-lg border border-line bg-surface p-5">
      <p className="text-xs font-semibold uppercase tracking-wide text-muted">
        Path {String(pivot.rank).padStart(2, "0")} · {pivot.kind === "adjacent" ? "Adjacent" : "Cross-domain"}
      </p>
      <h3 className="mt-2 text-xl font-bold">
        <Link to={`/occupations/${pivot.slug}`} className="text-accent-strong underline">
          {pivot.title}
        </Link>
      </h3>
      {pivot.reason !== null && pivot.taskSimilarity !== null ? (
        // Imported paths: the work itself first, with the stored reason (preparation, pay, exposure).
        <>
          <p className="mt-1 text-lg font-semibold text-accent-strong">{pivot.taskSimilarity}% of the work alike</p>
          <p className="mt-1 text-sm font-semibold">{copy.label}</p>
          <PathReason reason={pivot.reason} />
        </>
      ) : (
        <>
          <p className="mt-1 text-lg font-semibold text-accent-strong">↑ {pivot.matchPercent}% skill match</p>
          <p className="mt-3 text-sm">
            <span className="font-semibold">{copy.label}.</span> {copy.text(pivot.exposureDrop)}
          </p>
        </>
      )}
      {/* Roles O*NET gives no skill ratings have neither list: saying "no major gaps" would be untrue. */}
      {pivot.skillsHeld.length || pivot.skillsNeeded.length || pivot.reason === null ? (
        <>
          <p className="mt-3 text-sm">
            <span className="font-semibold">You already have:</span>{" "}
            {pivot.skillsHeld.length ? pivot.skillsHeld.join(", ") : "few of the core skills yet"}
          </p>
          <p className="mt-2 text-sm">
            <span className="font-semibold">You need:</span> {pivot.skillsNeeded.length ? pivot.skillsNeeded.join(", ") : "no major gaps"}
          </p>
        </>
      ) : null}
    </li>
  );
}

function AssessmentCallToAction({ slug, title, blueprint }: { slug: string; title: string; blueprint: OccupationReport["blueprint"] }) {
  return (
    <section aria-labelledby="plan" className="mt-12 rounded-xl bg-accent-soft p-6 sm:p-8">
      <h2 id="plan" className="text-2xl font-bold">
        Your personalised plan
      </h2>
      <p className="mt-3 max-w-2xl leading-relaxed">
        The scores above describe the role. Take the free assessment to see your own: how your week is split across these tasks changes your
        exposure, and your result names your three best moves.
        {/* What this role's Blueprint contains, or why it is not sold (domain/blueprint-availability.ts). */}
        {blueprint.onSale
          ? ` Then, if you want it, get your ${title} Career Pivot Blueprint for £${BLUEPRINT_PRICE_GBP}: ${blueprint.contents.summary}.`
          : ` The Career Pivot Blueprint is not on sale for this role. ${blueprint.explanation}`}
      </p>
      {blueprint.onSale ? (
        <>
          <h3 className="mt-4 font-semibold">{`What the £${BLUEPRINT_PRICE_GBP} Blueprint for this role contains`}</h3>
          <ul className="mt-2 max-w-2xl list-disc space-y-1 pl-5 text-sm">
            {blueprint.contents.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="mt-5">
        <PrimaryLink to={`/assessment?occupation=${slug}`}>Take the free assessment</PrimaryLink>
      </div>
      <p className="mt-3 text-sm text-muted">
        {blueprint.onSale ? `Free assessment · Blueprint: £${BLUEPRINT_PRICE_GBP} · Delivered within 1–2 business days` : "Free assessment"}
      </p>
    </section>
  );
}
