import { ALL_WORKERS_EXPOSURE } from "../../domain/benchmarks";
import { Container, Section } from "../components/page";
import { ResearchAttribution } from "../components/research-attribution";
import { seoMeta } from "../utils/seo";
import { absoluteUrl } from "../utils/url.server";
import type { Route } from "./+types/method";

export function loader() {
  return { canonical: absoluteUrl("/method") };
}

export function meta({ data }: Route.MetaArgs) {
  return seoMeta({
    title: "How we score AI exposure",
    description: "The formula behind every exposure score, task risk level and pivot path on Career Pivot, and the research data it uses.",
    canonical: data?.canonical ?? "/method",
  });
}

export const headers = () => ({ "Cache-Control": "public, max-age=300" });

export default function MethodPage() {
  return (
    <Container className="py-10">
      <h1 className="text-3xl font-bold sm:text-4xl">How we score AI exposure</h1>
      <p className="mt-4 max-w-3xl text-lg leading-relaxed">
        Every score on this site sits on one 0–100 scale, so a curated report and an imported one can be compared directly.
      </p>

      <Section title="Task exposure" id="tasks">
        <div className="max-w-3xl space-y-3 leading-relaxed">
          <p>
            Each O*NET task statement carries a label from the human annotators of Eloundou et al. (2024): <strong>E1</strong> — a large
            language model alone could halve the time the task takes; <strong>E2</strong> — it could once LLM-powered software is built
            around it; <strong>E0</strong> — neither.
          </p>
          <p>
            We score a task <strong>E1 = 100</strong> (high risk), <strong>E2 = 50</strong> (medium) and <strong>E0 = 0</strong> (low): the
            paper's β weighting. Risk bands everywhere are high ≥ 60, medium 30–59, low below 30.
          </p>
        </div>
      </Section>

      <Section title="Occupation score" id="occupation">
        <div className="max-w-3xl space-y-3 leading-relaxed">
          <p>
            <strong>score = round(100 × (E1 tasks + 0.5 × E2 tasks) ÷ all tasks)</strong> — the mean of the task scores. The files give no
            time shares, so every task statement counts once; the result stays within a few points of the paper's own human-rated β for the
            occupation. The “all workers” reference is {ALL_WORKERS_EXPOSURE}, the mean β across the paper's 923 occupations.
          </p>
          <p>
            Curated reports are written by our team on the same scale; where a curated report covers an O*NET occupation (same SOC code), it
            replaces the imported one.
          </p>
          <p>
            Where the Microsoft Research “Working with AI” data is loaded, a report also shows its AI applicability score (0–1, from
            observed Copilot use) as a separate figure. It is not mixed into our score: it measures use seen today rather than what the
            technology could do.
          </p>
        </div>
      </Section>

      <Section title="Skills and pivot paths" id="pivots">
        <div className="max-w-3xl space-y-3 leading-relaxed">
          <p>
            An imported occupation's skill profile is O*NET's basic-skill importance (0–100) with the level converted to our 1–5 scale:{" "}
            <strong>level = 1 + round(O*NET level ÷ 25)</strong>. Skills O*NET marks “not relevant” or “not available” are left out. For the
            47 imported occupations O*NET publishes no skill ratings for (paramedics, taxi drivers, cardiologists…), each skill's importance
            and level are estimated as the mean of the five occupations with O*NET ratings whose task statements are most alike, weighted by
            that similarity; their report and Blueprint say so and name the five.
          </p>
          <p>
            For curated roles, a pivot's skill match is Σ importance × min(1, your level ÷ needed level) ÷ Σ importance over the target's
            skills. Paths are ranked by match ÷ 100 + 0.5 × (your exposure − target exposure) ÷ 100, so a close match counts most and a less
            exposed target gains ground. Imported occupations are compared with imported ones and curated with curated, because the two
            describe skills in different vocabularies.
          </p>
          <p>
            For imported roles, paths start from the work itself: how alike the two roles' O*NET task statements are (TF-IDF cosine over
            their words and two-word phrases), whether their closest occupations overlap (the same field), then how alike their skills are,
            US pay (BLS OEWS May 2021 medians, compared only as a ratio) and AI exposure (lower is better). O*NET's job zone (1–5, the
            preparation a role needs) bounds the moves: a role more than one zone lower or paying under 85 % of the current US median is a
            step down, never offered as a pivot; one needing much more preparation — two zones up, a step into zone 5 (graduate school), a
            much better-paid role one zone up, or a licensed health profession — is listed as a <strong>long-term path</strong>, labelled as
            one. Each path states why it is suggested. Roles O*NET gives no job zone get one estimated from their five most similar roles,
            and say so.
          </p>
        </div>
      </Section>

      <Section title="Sources and licences" id="sources">
        <ResearchAttribution />
      </Section>
    </Container>
  );
}
