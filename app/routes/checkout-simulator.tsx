import { data, Form, redirect } from "react-router";
import { z } from "zod";
import { Container } from "../components/page";
import { cancelSimulatedSession, paySimulatedSession } from "../payments/simulator-actions.server";
import { findSimulatedSession, simulatorEnabled } from "../payments/simulator.server";
import { Honeypot } from "../components/honeypot";
import type { Route } from "./+types/checkout-simulator";

// The offline stand-in for Stripe Checkout: only outside production and without a Stripe key.
async function loadSession(sessionId: string) {
  if (!simulatorEnabled()) throw data("Not found", { status: 404 });
  const session = await findSimulatedSession(sessionId);
  if (!session) throw data("This test checkout does not exist.", { status: 404 });
  return session;
}

export async function loader({ params }: Route.LoaderArgs) {
  const s = await loadSession(params.sessionId);
  return { productName: s.productName, amount: s.amount, status: s.status, email: s.customerEmail, expiresAt: s.expiresAt.toISOString() };
}

const actionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("pay"), email: z.email({ error: "Enter the email address your Blueprint should be sent to." }).max(254) }),
    z.object({ intent: z.literal("decline") }),
    z.object({ intent: z.literal("cancel") }),
  ],
  { error: "Choose one of the buttons." },
);

export async function action({ request, params }: Route.ActionArgs) {
  await loadSession(params.sessionId);
  const parsed = actionSchema.safeParse(Object.fromEntries(await request.formData().catch(() => new FormData())));
  if (!parsed.success)
    return data({ message: parsed.error.issues[0]!.message, field: String(parsed.error.issues[0]!.path[0] ?? "") }, { status: 400 });
  if (parsed.data.intent === "decline") {
    // Like Stripe's hosted page: a declined card stays on the page, and nothing is announced.
    return data(
      { message: "Your card was declined (test card 4000 0000 0000 0002). Nothing was charged. Try paying again.", field: "" },
      { status: 402 },
    );
  }
  const step =
    parsed.data.intent === "pay"
      ? await paySimulatedSession(params.sessionId, parsed.data.email)
      : await cancelSimulatedSession(params.sessionId);
  if ("error" in step) return data({ message: step.error, field: "" }, { status: step.status });
  return redirect(step.redirectTo, 303);
}

export const headers = () => ({ "Cache-Control": "no-store", "X-Robots-Tag": "noindex" });
export const meta = () => [{ title: "Test checkout · Career Pivot" }, { name: "robots", content: "noindex, nofollow" }];

const money = (pence: number) => new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" }).format(pence / 100);

export default function CheckoutSimulator({ loaderData, actionData }: Route.ComponentProps) {
  const s = loaderData;
  return (
    <Container className="py-10">
      <p role="note" className="rounded-md border-2 border-risk-medium bg-risk-medium-soft p-3 font-semibold text-ink">
        Test mode — local checkout simulator. No real card is charged; Stripe is not configured on this installation.
      </p>
      <h1 className="mt-6 text-3xl font-bold">Pay Career Pivot</h1>
      <dl className="mt-4 max-w-md space-y-2 rounded-lg border border-line bg-surface p-5">
        <div className="flex justify-between gap-4">
          <dt>{s.productName}</dt>
          <dd className="font-semibold">{money(s.amount)}</dd>
        </div>
        <div className="flex justify-between gap-4 border-t border-line pt-2">
          <dt className="font-semibold">Total due</dt>
          <dd className="font-bold">{money(s.amount)}</dd>
        </div>
        {s.email ? (
          <div className="flex justify-between gap-4 text-sm text-muted">
            <dt>Receipt to</dt>
            <dd>{s.email}</dd>
          </div>
        ) : null}
      </dl>
      {actionData ? (
        <p role="alert" className="mt-4 font-semibold text-risk-high">
          {actionData.message}
        </p>
      ) : null}
      {s.status === "open" ? (
        <Form method="post" className="mt-6 flex max-w-md flex-wrap gap-3">
          <Honeypot />
          <div className="w-full">
            <label htmlFor="email" className="block font-semibold">
              Email
            </label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="email"
              maxLength={254}
              defaultValue={s.email ?? ""}
              aria-invalid={actionData?.field === "email" ? true : undefined}
              aria-describedby="email-hint"
              className="mt-1 w-full rounded-md border border-muted bg-surface p-2"
            />
            <p id="email-hint" className="mt-1 text-sm text-muted">
              Your receipt and your Blueprint are sent here.
            </p>
          </div>
          <button
            type="submit"
            name="intent"
            value="pay"
            className="rounded-md bg-accent px-5 py-3 font-semibold text-white hover:bg-accent-strong"
          >
            Pay {money(s.amount)}
          </button>
          <button
            type="submit"
            name="intent"
            value="decline"
            className="rounded-md border border-accent px-4 py-3 font-semibold text-accent-strong"
          >
            Simulate a declined card
          </button>
          <button type="submit" name="intent" value="cancel" className="rounded-md px-4 py-3 font-semibold text-accent-strong underline">
            Cancel and go back
          </button>
        </Form>
      ) : (
        <Form method="post" className="mt-6">
          <Honeypot />
          <p>This checkout is {s.status === "complete" ? "already paid" : "expired"}.</p>
          <button
            type="submit"
            name="intent"
            value="cancel"
            className="mt-3 rounded-md border border-accent px-4 py-2 font-semibold text-accent-strong"
          >
            Continue
          </button>
        </Form>
      )}
    </Container>
  );
}
