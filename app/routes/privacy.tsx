import { data, Form } from "react-router";
import { FieldError } from "../components/assessment-shell";
import { EmailField } from "../components/email-field";
import { Honeypot } from "../components/honeypot";
import { Container } from "../components/page";
import { requestPrivacyLink } from "../privacy/privacy.server";
import type { Route } from "./+types/privacy";

export const meta = () => [
  { title: "Privacy · Career Pivot" },
  { name: "description", content: "What Career Pivot keeps about you, why, for how long, and how to get a copy or have it deleted." },
];

/** `?deleted=1`: where a confirmed erasure lands (its link is spent, so it cannot stay there). */
export function loader({ request }: Route.LoaderArgs) {
  return { deleted: new URL(request.url).searchParams.get("deleted") === "1" };
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData().catch(() => new FormData());
  const outcome = await requestPrivacyLink(form);
  if (!outcome.ok) return data({ ok: false, message: outcome.message, fieldErrors: outcome.fieldErrors }, { status: outcome.status });
  return { ok: true, message: outcome.message, fieldErrors: {} as Record<string, string> };
}

const KEPT: [string, string, string][] = [
  [
    "Your assessment answers and result",
    "To show you your result and make your Blueprint from it.",
    "Deleted after 90 days unless you buy a Blueprint.",
  ],
  [
    "Your email address, if you give it",
    "To send you your result link and, after a purchase, your Blueprint.",
    "Until you ask us to delete it.",
  ],
  [
    "Your order (amount, date, Stripe references)",
    "UK tax law requires sales records.",
    "Six years. On deletion we remove your name and email from it.",
  ],
  ["Your Blueprint PDF and the emails we sent", "So you can download it again and we can resend it.", "Until you ask us to delete them."],
];

export default function Privacy({ loaderData, actionData }: Route.ComponentProps) {
  const errors = actionData?.fieldErrors ?? {};
  return (
    <Container className="max-w-3xl py-10">
      {loaderData.deleted ? (
        <section role="status" className="mb-10 rounded-md border border-line bg-surface p-5">
          <h2 className="text-2xl font-bold">Your data has been deleted</h2>
          <p className="mt-3 text-lg">
            We have deleted your answers, results, Blueprints and the emails we sent you. What tax law makes us keep about a purchase
            (amount, date and payment references) no longer names you.
          </p>
        </section>
      ) : null}
      <h1 className="text-3xl font-bold">Privacy</h1>
      <p className="mt-4 text-lg leading-relaxed">
        Career Pivot keeps as little about you as it can. There are no advertising or analytics trackers; we count visits on our own server
        without cookies or identifiers. The only cookie the public site sets keeps your unfinished assessment.
      </p>
      <h2 className="mt-8 text-2xl font-bold">What we keep, why, and for how long</h2>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4">
                What
              </th>
              <th scope="col" className="py-2 pr-4">
                Why
              </th>
              <th scope="col" className="py-2">
                How long
              </th>
            </tr>
          </thead>
          <tbody>
            {KEPT.map(([what, why, long]) => (
              <tr key={what} className="border-b border-line align-top">
                <td className="py-2 pr-4 font-semibold">{what}</td>
                <td className="py-2 pr-4">{why}</td>
                <td className="py-2">{long}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-4">
        Payments are handled by Stripe and emails are sent by Resend, on our behalf. Our logs record what was asked of the site, never your
        answers, your email address or the private links we send you.
      </p>

      <h2 className="mt-10 text-2xl font-bold">Get a copy of your data, or have it deleted</h2>
      <p className="mt-2">Give the email address you used. We will email that address a link to confirm — nothing happens without it.</p>
      {actionData ? (
        <p role={actionData.ok ? "status" : "alert"} className={`mt-4 font-semibold ${actionData.ok ? "" : "text-risk-high"}`}>
          {actionData.message}
        </p>
      ) : null}
      <Form method="post" className="mt-4 max-w-xl space-y-4">
        <Honeypot />
        <EmailField error={errors.email} />
        <fieldset>
          <legend className="font-semibold">What would you like?</legend>
          <label className="mt-2 flex items-center gap-3">
            <input type="radio" name="action" value="export" required className="size-4 accent-accent" /> A copy of my data
          </label>
          <label className="mt-2 flex items-center gap-3">
            <input type="radio" name="action" value="delete" required className="size-4 accent-accent" /> Delete my data
          </label>
          <FieldError id="action-error" message={errors.action} />
        </fieldset>
        <button type="submit" className="rounded-md bg-accent px-5 py-3 font-semibold text-white hover:bg-accent-strong">
          Email me a confirmation link
        </button>
      </Form>
      <p className="mt-8 text-sm text-muted">
        You can also complain to the Information Commissioner’s Office (ico.org.uk) if you are unhappy with how we handle your data.
      </p>
    </Container>
  );
}
