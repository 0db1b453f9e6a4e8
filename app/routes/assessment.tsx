import { data, Form, Link, redirect } from "react-router";
import { searchOccupationsForAssessment, startAssessment, loadDraft } from "../assessment/assessment.server";
import { readDraftToken, setDraftCookie } from "../assessment/draft-cookie.server";
import { AssessmentShell, FieldError, SubmitButton } from "../components/assessment-shell";
import { seoMeta } from "../utils/seo";
import { absoluteUrl } from "../utils/url.server";
import { Honeypot } from "../components/honeypot";
import type { Route } from "./+types/assessment";

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const query = (url.searchParams.get("q") ?? "").slice(0, 80);
  const preselected = (url.searchParams.get("occupation") ?? "").slice(0, 80);
  const [choices, draft] = await Promise.all([
    searchOccupationsForAssessment(query, preselected),
    loadDraft(await readDraftToken(request)),
  ]);
  return {
    query,
    preselected: choices.some((c) => c.slug === preselected) ? preselected : "",
    choices,
    inProgress: draft && !draft.resultToken ? { title: draft.title } : null,
    canonical: absoluteUrl("/assessment"),
  };
}

export async function action({ request }: Route.ActionArgs) {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return data(
      { message: "We could not read that form submission. Please try again.", fieldErrors: {} as Record<string, string> },
      { status: 400 },
    );
  }
  const outcome = await startAssessment(form);
  if (!outcome.ok) return data({ message: outcome.message, fieldErrors: outcome.fieldErrors }, { status: outcome.status });
  throw redirect(outcome.next, { status: 303, headers: { "Set-Cookie": await setDraftCookie(outcome.token) } });
}

export function meta({ data: d }: Route.MetaArgs) {
  return seoMeta({
    title: "Free AI exposure assessment",
    description:
      "Five short steps, no sign-up: see how exposed your own week of work is to AI, how soon to act, and the three career moves your skills fit best.",
    canonical: d?.canonical ?? "/assessment",
  });
}

export default function AssessmentStart({ loaderData, actionData }: Route.ComponentProps) {
  const { choices, query, preselected, inProgress } = loaderData;
  const error = actionData?.fieldErrors?.occupation;
  return (
    <AssessmentShell stepNumber={1} title="Which occupation is closest to yours?" message={actionData?.message}>
      <p className="max-w-2xl">
        Five short steps, no sign-up. Your answers are kept on our server behind a private link in your browser, so you can come back and
        finish later.
      </p>
      {inProgress ? (
        <p className="mt-4 rounded-md border border-line bg-surface p-4">
          You have an assessment in progress for <strong>{inProgress.title}</strong>.{" "}
          <Link to="/assessment/experience" className="font-semibold text-accent-strong underline">
            Continue where you left off
          </Link>
        </p>
      ) : null}

      <Form method="get" className="mt-6 flex flex-wrap items-end gap-2" role="search">
        <div className="grow">
          <label htmlFor="q" className="block font-semibold">
            Search occupations
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={80}
            className="mt-1 w-full rounded-md border border-muted bg-surface p-2"
          />
        </div>
        <button type="submit" className="rounded-md border border-accent px-4 py-2 font-semibold text-accent-strong">
          Search
        </button>
      </Form>

      <Form method="post" className="mt-6">
        <Honeypot />
        <fieldset aria-describedby={error ? "occupation-error" : undefined}>
          <legend className="font-semibold">{query ? `Occupations matching “${query}”` : "Choose your occupation"}</legend>
          <FieldError id="occupation-error" message={error} />
          {choices.length === 0 ? (
            <p className="mt-3">
              No occupation matches that search. Try a broader word, or{" "}
              <Link to="/assessment" className="underline">
                see them all
              </Link>
              .
            </p>
          ) : (
            <ul className="mt-3 grid gap-2 sm:grid-cols-2">
              {choices.map((c) => (
                <li key={c.slug}>
                  <label className="flex cursor-pointer items-center gap-3 rounded-md border border-line bg-surface p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft">
                    <input
                      type="radio"
                      name="occupation"
                      value={c.slug}
                      defaultChecked={c.slug === preselected}
                      required
                      className="size-4 accent-accent"
                    />
                    <span>
                      {c.title}
                      {c.ukWord ? <span className="text-muted"> (UK: {c.ukWord})</span> : null}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <div className="mt-6">
          <SubmitButton>Start the assessment</SubmitButton>
        </div>
      </Form>
    </AssessmentShell>
  );
}
