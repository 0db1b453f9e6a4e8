import { Link } from "react-router";
import { Container, PrimaryLink } from "../components/page";
import { catalogueOverview } from "../catalogue/catalogue.server";
import { seoMeta } from "../utils/seo";
import { absoluteUrl } from "../utils/url.server";
import type { Route } from "./+types/home";

export async function loader() {
  const { featured, count } = await catalogueOverview();
  return { featured, count, canonical: absoluteUrl("/") };
}

export function meta({ data }: Route.MetaArgs) {
  return seoMeta({
    title: "Career Pivot — how exposed is your job to AI, and where next?",
    description:
      "Free, task-by-task AI exposure reports for UK occupations, a free personal assessment, and a 15-page Career Pivot Blueprint with your 90-day plan.",
    canonical: data?.canonical ?? "/",
  });
}

const steps = [
  {
    title: "Read your occupation's report",
    body: "Every task in the role, how exposed it is to today's AI tools, and the window you have to act.",
  },
  {
    title: "Take the free assessment",
    body: "Tell us how your week is really spent and rate your skills. Your score is your own, not your job title's.",
  },
  {
    title: "Get your Blueprint",
    body: "A 15-page roadmap for £49: your skill gaps, a 90-day plan sized to your time, how pay compares on each path and UK employers who hire for it.",
  },
];

export default function Home({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <section className="border-b border-line bg-surface">
        <Container className="py-14 sm:py-20">
          <p className="text-sm font-semibold uppercase tracking-wide text-accent-strong">For people who work with computers</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-bold leading-tight sm:text-5xl">
            How exposed is your job to AI — and where could you go next?
          </h1>
          <p className="mt-5 max-w-2xl text-lg leading-relaxed">
            Career Pivot reads a role task by task, scores how much of it today's AI can already do, and shows the moves your existing
            skills make possible. Calm numbers, sources shown, no hype.
          </p>
          <div className="mt-8 flex flex-wrap items-center gap-4">
            <PrimaryLink to="/assessment">Take the free assessment</PrimaryLink>
            <Link to="/occupations" className="font-semibold text-accent-strong underline underline-offset-4">
              Browse {loaderData.count} occupation reports
            </Link>
          </div>
        </Container>
      </section>
      <Container className="py-12">
        <h2 className="text-2xl font-bold">How it works</h2>
        <ol className="mt-6 grid gap-4 sm:grid-cols-3">
          {steps.map((s, i) => (
            <li key={s.title} className="rounded-lg border border-line bg-surface p-5">
              <p className="font-serif text-2xl font-bold text-accent-strong">{i + 1}</p>
              <h3 className="mt-1 text-lg font-bold">{s.title}</h3>
              <p className="mt-2 text-sm leading-relaxed">{s.body}</p>
            </li>
          ))}
        </ol>
        <h2 className="mt-12 text-2xl font-bold">Popular reports</h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {loaderData.featured.map((o) => (
            <li key={o.slug}>
              <Link
                to={`/occupations/${o.slug}`}
                className="flex items-center justify-between rounded-lg border border-line bg-surface p-4 text-ink no-underline hover:border-accent"
              >
                <span className="font-semibold">{o.title}</span>
                <span className="font-serif text-lg font-bold tabular-nums">
                  {o.exposureScore}
                  <span className="text-sm font-normal text-muted">/100</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </Container>
    </>
  );
}
