import { data, Form, Link } from "react-router";
import { Container } from "../components/page";
import { ExposureBar } from "../components/risk";
import { searchCatalogue } from "../catalogue/catalogue.server";
import { catalogueHref } from "../catalogue/catalogue-href";
import { parseCatalogueQuery, type CatalogueQuery } from "../catalogue/catalogue-search";
import { seoMeta } from "../utils/seo";
import { absoluteUrl } from "../utils/url.server";
import type { Route } from "./+types/occupations";

const EMPTY_QUERY: CatalogueQuery = { q: "", page: 1, band: undefined, sector: undefined };

export async function loader({ request }: Route.LoaderArgs) {
  const parsed = parseCatalogueQuery(new URL(request.url).searchParams);
  const query = parsed.success ? parsed.data : EMPTY_QUERY;
  const search = await searchCatalogue(parsed.success ? query : { ...EMPTY_QUERY, page: 1 });
  // Filtered and searched pages point search engines at the unfiltered list (page 2+ is its own page).
  const canonical = absoluteUrl(catalogueHref({ page: query.q || query.band || query.sector ? 1 : query.page }));
  if (!parsed.success) {
    return data(
      {
        query,
        search: { ...search, results: [], total: 0 },
        canonical,
        error: parsed.error.issues[0]?.message ?? "That search could not be read.",
      },
      { status: 400 },
    );
  }
  return { query, search, canonical, error: null };
}

export function meta({ data: d }: Route.MetaArgs) {
  return seoMeta({
    title: "AI exposure by occupation",
    description:
      "How exposed is your job to AI? Task-by-task exposure reports for over 900 occupations, with pivot paths, from O*NET task data and published research.",
    canonical: d?.canonical ?? "/occupations",
  });
}

const BANDS = [
  { value: "high", label: "High (60–100)" },
  { value: "medium", label: "Medium (30–59)" },
  { value: "low", label: "Low (0–29)" },
] as const;

export default function OccupationsPage({ loaderData }: Route.ComponentProps) {
  const { query, search, error } = loaderData;
  const filtered = Boolean(query.q || query.band || query.sector);
  return (
    <Container className="py-10">
      <h1 className="text-3xl font-bold sm:text-4xl">AI exposure by occupation</h1>
      <p className="mt-3 max-w-2xl text-lg">
        Each report breaks a role into its tasks, shows how exposed each one is to today's AI tools, and where the skills can take you next.
      </p>

      <Form
        method="get"
        role="search"
        aria-label="Search occupations"
        className="mt-8 grid gap-4 rounded-lg border border-line bg-surface p-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end"
      >
        <div>
          <label htmlFor="q" className="block text-sm font-semibold">
            Job title or words
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q}
            maxLength={80}
            placeholder="e.g. nurse, solicitor, HGV driver"
            className="mt-1 w-full rounded-md border border-muted bg-surface p-2"
          />
        </div>
        <div>
          <label htmlFor="band" className="block text-sm font-semibold">
            AI exposure
          </label>
          <select
            id="band"
            name="band"
            defaultValue={query.band ?? ""}
            className="mt-1 w-full rounded-md border border-muted bg-surface p-2"
          >
            <option value="">Any</option>
            {BANDS.map((b) => (
              <option key={b.value} value={b.value}>
                {b.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="sector" className="block text-sm font-semibold">
            Sector
          </label>
          <select
            id="sector"
            name="sector"
            defaultValue={query.sector ?? ""}
            className="mt-1 w-full rounded-md border border-muted bg-surface p-2"
          >
            <option value="">All sectors</option>
            {search.sectors.map((s) => (
              <option key={s.sector} value={s.sector}>
                {s.sector} ({s.count})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-strong">
          Search
        </button>
      </Form>

      {error ? (
        <p role="alert" className="mt-6 rounded-md border border-risk-high/40 bg-risk-high-soft p-4 font-semibold text-risk-high">
          {error}{" "}
          <Link to="/occupations" className="underline">
            Show all occupations
          </Link>
        </p>
      ) : (
        <p className="mt-6 text-muted" role="status">
          {search.total === 0
            ? "No occupations match."
            : `${search.total} occupation${search.total === 1 ? "" : "s"}${filtered ? " match" : ""} · page ${query.page} of ${search.pages}`}
          {filtered ? (
            <>
              {" "}
              ·{" "}
              <Link to="/occupations" className="underline">
                clear search
              </Link>
            </>
          ) : null}
        </p>
      )}

      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {search.results.map((o) => (
          <li key={o.slug} className="rounded-lg border border-line bg-surface p-5">
            <p className="text-xs font-semibold uppercase tracking-wide text-muted">
              {o.sector}
              {o.origin === "curated" ? " · in-depth report" : ""}
            </p>
            <h2 className="mt-1 text-xl font-bold">
              <Link to={`/occupations/${o.slug}`} className="text-accent-strong underline-offset-4 hover:underline">
                {o.title}
              </Link>
            </h2>
            {o.ukWord ? <p className="text-sm font-semibold text-muted">UK: {o.ukWord}</p> : null}
            <div className="mt-3">
              <p className="text-sm text-muted">AI exposure</p>
              <ExposureBar value={o.exposureScore} risk={o.risk} label={`${o.title} AI exposure`} />
            </div>
            <p className="mt-3 line-clamp-3 text-sm leading-relaxed">{o.summary}</p>
          </li>
        ))}
      </ul>

      {search.pages > 1 && !error ? <Pagination query={query} pages={search.pages} /> : null}
      <p className="mt-8 text-sm text-muted">
        Imported reports are built from O*NET task statements and published research; see{" "}
        <Link to="/method" className="underline">
          how we score exposure
        </Link>
        .
      </p>
    </Container>
  );
}

function Pagination({ query, pages }: { query: CatalogueQuery; pages: number }) {
  const { page } = query;
  return (
    <nav aria-label="Pages" className="mt-8 flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <Link
          to={catalogueHref({ ...query, page: page - 1 })}
          rel="prev"
          className="rounded-md border border-accent px-4 py-2 font-semibold text-accent-strong"
        >
          ← Previous
        </Link>
      ) : null}
      <span className="text-sm">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link
          to={catalogueHref({ ...query, page: page + 1 })}
          rel="next"
          className="rounded-md border border-accent px-4 py-2 font-semibold text-accent-strong"
        >
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
