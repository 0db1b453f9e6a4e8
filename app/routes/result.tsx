import { data, Form, Link, redirect, useSearchParams } from "react-router";
import { ALL_WORKERS_EXPOSURE } from "../../domain/benchmarks";
import { BLUEPRINT_PRICE_GBP } from "../../domain/blueprint-availability";
import { riskForExposure } from "../../domain/risk";
import { EMAIL_CONSENT_TEXT } from "../assessment/consent";
import { getResult, saveResultEmail } from "../assessment/result.server";
import { stepDownView } from "../assessment/step-downs";
import { ALREADY_PURCHASED_MESSAGE, startCheckout } from "../payments/checkout.server";
import { checkoutReturnCookie } from "../payments/checkout-return.server";
import { IMMEDIATE_DELIVERY_CONSENT } from "../payments/consent";
import { FieldError } from "../components/assessment-shell";
import { ContributionChart } from "../components/contribution-chart";
import { LongTermPaths, PathReason } from "../components/imported-paths";
import { Container, Section } from "../components/page";
import { ExposureBar } from "../components/risk";
import { ScoreDial } from "../components/score-dial";
import { StepDownPaths } from "../components/step-down-paths";
import { absoluteUrl } from "../utils/url.server";
import { EmailField } from "../components/email-field";
import { Honeypot } from "../components/honeypot";
import type { Route } from "./+types/result";

export async function loader({ params }: Route.LoaderArgs) {
  const result = await getResult(params.token);
  if (!result) throw data("Not found", { status: 404 });
  // Whoever bought it keeps it when the role later goes off sale: the page says it was bought, not that it is not sold.
  const purchasedNote = result.purchased && !result.blueprint.onSale ? ALREADY_PURCHASED_MESSAGE : null;
  // The step-down section's words travel as data, not in every visitor's JavaScript (bundle budget).
  const stepDowns = stepDownView(result.outcome.stepDownPaths, result.occupation.title);
  return { result, shareUrl: absoluteUrl(`/results/${params.token}`), purchasedNote, stepDowns };
}

type ActionReply = { intent: string; message: string; fieldErrors: Record<string, string>; values: Record<string, string> };
const reply = (r: ActionReply, status = 200) => data(r, { status });

export async function action({ request, params }: Route.ActionArgs) {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return reply({ intent: "unknown", message: "We could not read that form submission.", fieldErrors: {}, values: {} }, 400);
  }
  const intent = form.get("intent");
  if (intent === "email") {
    const outcome = await saveResultEmail(params.token, form);
    if (!outcome.ok)
      return reply({ intent, message: outcome.message, fieldErrors: outcome.fieldErrors, values: outcome.values }, outcome.status);
    return reply({ intent, message: "Saved. We will only use your email for this result and your plan.", fieldErrors: {}, values: {} });
  }
  if (intent === "checkout") {
    const outcome = await startCheckout(params.token, form);
    // The cookie lets Stripe's cancel page lead this browser, and only it, back here.
    if (outcome.ok)
      return redirect(outcome.redirectTo, { status: 303, headers: { "Set-Cookie": await checkoutReturnCookie(params.token) } });
    if (outcome.status === 404) throw data("Not found", { status: 404 });
    return reply({ intent, message: outcome.message, fieldErrors: outcome.fieldErrors, values: {} }, outcome.status);
  }
  return reply({ intent: "unknown", message: "That action is not available on this page.", fieldErrors: {}, values: {} }, 400);
}

// The URL is a private capability: keep it out of search engines, caches and referrers.
export const headers = () => ({ "Cache-Control": "private, no-store", "Referrer-Policy": "same-origin", "X-Robots-Tag": "noindex" });

export const meta = ({ data: d }: Route.MetaArgs) => [
  { title: d ? `Your AI exposure: ${d.result.outcome.personalScore}/100 · Career Pivot` : "Result not found · Career Pivot" },
  { name: "robots", content: "noindex, nofollow" },
];

/** A role whose Blueprint is not sold (domain/blueprint-availability.ts): the free result only, and why. */
function BlueprintOffSale({ title, explanation }: { title: string; explanation: string }) {
  return (
    <section aria-labelledby="blueprint" className="mt-12 rounded-xl border border-line bg-surface p-6 sm:p-8">
      <h2 id="blueprint" className="text-2xl font-bold">
        {`The Career Pivot Blueprint is not on sale for ${title}`}
      </h2>
      <p className="mt-3 max-w-2xl">{explanation}</p>
      <p className="mt-3 max-w-2xl">Your result above is complete and free to keep.</p>
      <p className="mt-3">
        <Link to="/occupations" className="font-semibold text-accent-strong underline">
          Browse the occupation reports
        </Link>
      </p>
    </section>
  );
}

function BlueprintPurchased({ note }: { note: string }) {
  return (
    <section aria-labelledby="blueprint" className="mt-12 rounded-xl border border-line bg-surface p-6 sm:p-8">
      <h2 id="blueprint" className="text-2xl font-bold">
        Your Career Pivot Blueprint
      </h2>
      <p className="mt-3 max-w-2xl">{note}</p>
    </section>
  );
}

function gapWording(g: { yourLevel: number; assumed: boolean }): string {
  if (g.yourLevel === 0) return "new to you";
  return g.assumed ? `about ${g.yourLevel} (typical for your role)` : `you rated ${g.yourLevel}`;
}

export default function ResultPage({ loaderData, actionData }: Route.ComponentProps) {
  const { result, shareUrl, purchasedNote, stepDowns } = loaderData;
  const { outcome, occupation, answers } = result;
  const emailErrors = actionData?.intent === "email" ? actionData.fieldErrors : {};
  const checkoutErrors = actionData?.intent === "checkout" ? actionData.fieldErrors : {};
  const [searchParams] = useSearchParams();
  const cancelled = searchParams.get("checkout") === "cancelled";
  return (
    <Container className="py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">Your result · {occupation.title}</p>
      <h1 className="mt-2 text-3xl font-bold sm:text-4xl">Your AI exposure is {outcome.personalScore} out of 100</h1>
      <p className="mt-3 max-w-3xl text-lg leading-relaxed">
        That is{" "}
        {outcome.personalScore === outcome.occupationScore
          ? "the same as"
          : outcome.personalScore > outcome.occupationScore
            ? `${outcome.personalScore - outcome.occupationScore} points above`
            : `${outcome.occupationScore - outcome.personalScore} points below`}{" "}
        the typical {occupation.title.toLowerCase()} ({outcome.occupationScore}), because of how your week is split and your seniority.
      </p>

      <div className="mt-8 grid gap-4 md:grid-cols-3">
        <div className="rounded-lg border border-line bg-surface p-5">
          <h2 className="text-base font-semibold">Your score</h2>
          <ScoreDial score={outcome.personalScore} risk={outcome.risk} label="Your AI exposure score" />
          <div className="mt-3 space-y-2 text-sm">
            <p>You</p>
            <ExposureBar value={outcome.personalScore} risk={outcome.risk} label="Your exposure" />
            <p>Typical {occupation.title.toLowerCase()}</p>
            <ExposureBar
              value={outcome.occupationScore}
              risk={riskForExposure(outcome.occupationScore)}
              label={`${occupation.title} exposure`}
            />
            <p>All workers (average)</p>
            <ExposureBar value={ALL_WORKERS_EXPOSURE} risk={riskForExposure(ALL_WORKERS_EXPOSURE)} label="All workers exposure" />
          </div>
        </div>
        <div className="rounded-lg border border-line bg-surface p-5">
          <h2 className="text-base font-semibold">Your window to act</h2>
          <p className="mt-2 font-serif text-2xl font-bold">{outcome.window.label}</p>
          <p className="mt-2 text-sm leading-relaxed">{outcome.window.detail}</p>
        </div>
        <div className="rounded-lg border border-line bg-surface p-5">
          <h2 className="text-base font-semibold">How we worked it out</h2>
          <p className="mt-2 text-sm leading-relaxed">
            Your time split gives a time-weighted exposure of <strong>{outcome.timeWeighted}</strong>.{" "}
            {outcome.seniorityAdjustment === 0
              ? "At mid-level we make no seniority adjustment."
              : `As a ${answers.experience.seniority}-level professional we adjust it by ${outcome.seniorityAdjustment > 0 ? "+" : ""}${outcome.seniorityAdjustment} points.`}{" "}
            {answers.tasks.normalised ? "Your shares were scaled to add up to 100%, as you asked." : null}
          </p>
          <p className="mt-2 text-xs text-muted">Scoring version {result.scoringVersion}. Exposure is not a prediction of job loss.</p>
        </div>
      </div>

      <Section
        title="Where your score comes from"
        id="contributions"
        intro="Each bar is the points of your score a task accounts for: the share of your week it takes times how exposed it is to AI."
      >
        <ContributionChart rows={outcome.contributions} labelled={occupation.origin === "imported"} />
      </Section>

      <Section
        title={outcome.pivots.length === 3 ? "Your three best moves" : "Your best moves"}
        id="pivots"
        intro="Ranked by how well your own skill ratings match each role, favouring roles less exposed than you are now."
      >
        <ol className="grid gap-4 lg:grid-cols-3">
          {outcome.pivots.map((p, i) => (
            <li key={p.slug} className="flex flex-col rounded-lg border border-line bg-surface p-5">
              <p className="text-xs font-semibold uppercase tracking-wide text-muted">
                Path {String(i + 1).padStart(2, "0")} · {p.kind === "adjacent" ? "Adjacent" : "Cross-domain"} · exposure {p.exposureScore}
                /100
              </p>
              <h3 className="mt-2 text-xl font-bold">
                <Link to={`/occupations/${p.slug}`} className="text-accent-strong underline">
                  {p.title}
                </Link>
              </h3>
              <p className="mt-1 text-lg font-semibold text-accent-strong">{p.matchPercent}% skill match</p>
              {p.reason ? <PathReason reason={p.reason} /> : null}
              {p.skillsHeld.length ? (
                <p className="mt-2 text-sm">
                  <span className="font-semibold">You already have:</span> {p.skillsHeld.join(", ")}
                </p>
              ) : null}
              <p className="mt-2 text-sm font-semibold">Your top gaps</p>
              {p.topGaps.length ? (
                <ul className="mt-1 space-y-1 text-sm">
                  {p.topGaps.map((g) => (
                    <li key={g.skill}>
                      {g.skill}: {gapWording(g)} → needed {g.requiredLevel}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-1 text-sm">None — your ratings meet every requirement.</p>
              )}
            </li>
          ))}
        </ol>
        <LongTermPaths paths={outcome.longTermPaths ?? []} />
      </Section>

      <StepDownPaths view={stepDowns} />

      {result.blueprint.onSale ? (
        <section aria-labelledby="blueprint" className="mt-12 rounded-xl bg-accent-soft p-6 sm:p-8">
          <h2 id="blueprint" className="text-2xl font-bold">
            {`Your Career Pivot Blueprint — £${BLUEPRINT_PRICE_GBP}`}
          </h2>
          <p className="mt-3 max-w-2xl">A 15-page PDF built from these answers, not a generic report. It contains:</p>
          <ul className="mt-3 list-disc space-y-1 pl-5">
            {result.blueprint.contents.items.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <Form method="post" className="mt-5 max-w-2xl space-y-3">
            <Honeypot />
            <input type="hidden" name="intent" value="checkout" />
            {cancelled && actionData?.intent !== "checkout" ? (
              <p role="status" className="font-semibold">
                Checkout was cancelled and you have not been charged. You can start again whenever you like.
              </p>
            ) : null}
            {actionData?.intent === "checkout" ? (
              <p role="alert" className="font-semibold text-risk-high">
                {actionData.message}
              </p>
            ) : null}
            <label className="flex items-start gap-3">
              <input
                type="checkbox"
                name="consent"
                value="yes"
                required
                className="mt-1 size-4 accent-accent"
                aria-describedby={checkoutErrors.consent ? "checkout-consent-error" : undefined}
              />
              <span className="text-sm">{IMMEDIATE_DELIVERY_CONSENT}</span>
            </label>
            <FieldError id="checkout-consent-error" message={checkoutErrors.consent} />
            <p className="text-sm">
              Payment is taken securely by Stripe. If your Blueprint does not arrive, or is not about the answers you gave, you get your
              money back — see our{" "}
              <Link to="/refund-policy" className="font-semibold text-accent-strong underline">
                refund policy
              </Link>
              .
            </p>
            <button type="submit" className="rounded-md bg-accent px-5 py-3 font-semibold text-white hover:bg-accent-strong">
              {`Get your Blueprint — £${BLUEPRINT_PRICE_GBP}`}
            </button>
          </Form>
        </section>
      ) : purchasedNote ? (
        <BlueprintPurchased note={purchasedNote} />
      ) : (
        <BlueprintOffSale title={occupation.title} explanation={result.blueprint.explanation} />
      )}

      <Section title="Keep this result" id="keep">
        <p>This page has a private address. Anyone with the link can see it, so share it only with people you trust.</p>
        <label htmlFor="share-url" className="mt-3 block font-semibold">
          Your private link
        </label>
        <input
          id="share-url"
          readOnly
          value={shareUrl}
          className="mt-1 w-full max-w-xl rounded-md border border-muted bg-surface p-2 text-sm"
        />
        <p className="mt-3">
          <Link to={`/assessment?occupation=${occupation.slug}`} className="font-semibold text-accent-strong underline">
            Retake the assessment
          </Link>
        </p>

        <h3 className="mt-8 text-lg font-bold">Email me this link (optional)</h3>
        {result.hasEmail ? (
          <p className="mt-2">We have your email for this result.</p>
        ) : (
          <Form method="post" className="mt-3 max-w-xl space-y-3">
            <Honeypot />
            <input type="hidden" name="intent" value="email" />
            {actionData?.intent === "email" ? (
              <p role={Object.keys(emailErrors).length ? "alert" : "status"} className="font-semibold">
                {actionData.message}
              </p>
            ) : null}
            <EmailField error={emailErrors.email} defaultValue={actionData?.intent === "email" ? actionData.values.email : ""} />
            <label className="flex items-start gap-3">
              <input
                type="checkbox"
                name="consent"
                value="yes"
                required
                className="mt-1 size-4 accent-accent"
                aria-describedby={emailErrors.consent ? "consent-error" : undefined}
              />
              <span className="text-sm">{EMAIL_CONSENT_TEXT}</span>
            </label>
            <FieldError id="consent-error" message={emailErrors.consent} />
            <button type="submit" className="rounded-md border border-accent px-4 py-2 font-semibold text-accent-strong">
              Save my email
            </button>
          </Form>
        )}
      </Section>
    </Container>
  );
}
