import { Link } from "react-router";
import { riskForExposure } from "../../domain/risk";
import { Container } from "../components/page";
import { ExposureBar } from "../components/risk";
import { listOccupations } from "../services/catalogue.server";
import { seoMeta } from "../utils/seo";
import { absoluteUrl } from "../utils/url.server";
import type { Route } from "./+types/occupations";

export async function loader() {
  return { occupations: await listOccupations(), canonical: absoluteUrl("/occupations") };
}

export function meta({ data }: Route.MetaArgs) {
  return seoMeta({
    title: "AI exposure by occupation",
    description: "How exposed is your job to AI? Task-by-task exposure reports for UK occupations, with pivot paths and salary data.",
    canonical: data?.canonical ?? "/occupations",
  });
}

export default function OccupationsPage({ loaderData }: Route.ComponentProps) {
  const { occupations } = loaderData;
  return (
    <Container className="py-10">
      <h1 className="text-3xl font-bold sm:text-4xl">AI exposure by occupation</h1>
      <p className="mt-3 max-w-2xl text-lg">
        Each report breaks a role into its tasks, shows how exposed each one is to today's AI tools, and where the skills
        can take you next. {occupations.length} occupations.
      </p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {occupations.map((o) => (
          <li key={o.slug} className="rounded-lg border border-line bg-surface p-5">
            <p className="text-xs font-semibold uppercase tracking-wide text-muted">{o.sector}</p>
            <h2 className="mt-1 text-xl font-bold">
              <Link to={`/occupations/${o.slug}`} className="text-accent-strong underline-offset-4 hover:underline">
                {o.title}
              </Link>
            </h2>
            <div className="mt-3">
              <p className="text-sm text-muted">AI exposure</p>
              <ExposureBar value={o.exposureScore} risk={riskForExposure(o.exposureScore)} label={`${o.title} AI exposure`} />
            </div>
            <p className="mt-3 line-clamp-3 text-sm leading-relaxed">{o.summary}</p>
          </li>
        ))}
      </ul>
    </Container>
  );
}
