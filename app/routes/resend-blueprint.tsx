import { data, Form, Link } from "react-router";
import { EmailField } from "../components/email-field";
import { Honeypot } from "../components/honeypot";
import { Container } from "../components/page";
import { requestBlueprintResend } from "../support/resend-blueprint.server";
import type { Route } from "./+types/resend-blueprint";

export const meta = () => [
  { title: "Resend my Blueprint · Career Pivot" },
  { name: "description", content: "Lost the email with your Career Pivot Blueprint? Get the download links sent again." },
];

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData().catch(() => new FormData());
  const outcome = await requestBlueprintResend(form);
  if (!outcome.ok) return data({ ok: false, message: outcome.message, fieldErrors: outcome.fieldErrors }, { status: outcome.status });
  return { ok: true, message: outcome.message, fieldErrors: {} as Record<string, string> };
}

export default function ResendBlueprint({ actionData }: Route.ComponentProps) {
  const errors = actionData?.fieldErrors ?? {};
  return (
    <Container className="max-w-3xl py-10">
      <h1 className="text-3xl font-bold">Resend my Blueprint</h1>
      <p className="mt-4 text-lg leading-relaxed">
        Lost the email with your Blueprint? Give the email address you used when you paid and we will send the download links to it again.
        The links keep working unless the order is refunded.
      </p>
      {actionData ? (
        <p role={actionData.ok ? "status" : "alert"} className={`mt-4 font-semibold ${actionData.ok ? "" : "text-risk-high"}`}>
          {actionData.message}
        </p>
      ) : null}
      <Form method="post" className="mt-6 max-w-xl space-y-4">
        <Honeypot />
        <EmailField error={errors.email} label="Email address you paid with" />
        <button type="submit" className="rounded-md bg-accent px-5 py-3 font-semibold text-white hover:bg-accent-strong">
          Email me my download links
        </button>
      </Form>
      <p className="mt-8 text-sm text-muted">
        Still nothing after a few minutes? Reply to your order confirmation email, or read our{" "}
        <Link to="/refund-policy" className="text-accent-strong underline">
          refund policy
        </Link>
        .
      </p>
    </Container>
  );
}
