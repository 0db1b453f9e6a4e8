import { data, Form } from "react-router";
import { FieldError } from "../components/assessment-shell";
import { Container } from "../components/page";
import { confirmed, deletePersonalData, readPrivacyToken } from "../privacy/privacy.server";
import type { Route } from "./+types/privacy-confirm";

const EXPIRED = "This link has expired or is not valid. Ask for a new one on the privacy page.";

export function loader({ params }: Route.LoaderArgs) {
  const token = readPrivacyToken(params.token);
  if (!token) throw data(EXPIRED, { status: 410 });
  return { action: token.a };
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = readPrivacyToken(params.token);
  if (!token) throw data(EXPIRED, { status: 410 });
  const form = await request.formData().catch(() => new FormData());
  if (!confirmed(form)) return data({ done: false, error: "Tick the box to confirm." }, { status: 400 });
  if (token.a !== "delete") throw data(EXPIRED, { status: 410 });
  await deletePersonalData(token.e);
  return { done: true, error: "" };
}

// The token is a capability: keep it out of caches, referrers and search engines.
export const headers = () => ({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex" });
export const meta = () => [{ title: "Confirm your privacy request · Career Pivot" }, { name: "robots", content: "noindex, nofollow" }];

export default function PrivacyConfirm({ loaderData, actionData, params }: Route.ComponentProps) {
  if (actionData?.done) {
    return (
      <Container className="max-w-3xl py-10">
        <h1 className="text-3xl font-bold">Your data has been deleted</h1>
        <p role="status" className="mt-4 text-lg">
          We have deleted your answers, results, Blueprints and the emails we sent you. What tax law makes us keep about a purchase
          (amount, date and payment references) no longer names you.
        </p>
      </Container>
    );
  }
  const exporting = loaderData.action === "export";
  return (
    <Container className="max-w-3xl py-10">
      <h1 className="text-3xl font-bold">{exporting ? "Download a copy of your data" : "Delete your data"}</h1>
      <p className="mt-4 text-lg">
        {exporting
          ? "You will get one JSON file with your assessment answers and results, your orders and the emails we sent you."
          : "This deletes your assessment answers and results, any Blueprint PDFs and the emails we sent you. Download links stop working. It cannot be undone."}
      </p>
      <Form method="post" action={exporting ? `/privacy/confirm/${params.token}/export` : undefined} reloadDocument={exporting} className="mt-6 space-y-4">
        <label className="flex items-start gap-3">
          <input type="checkbox" name="confirm" value="yes" required className="mt-1 size-4 accent-accent" />
          <span>{exporting ? "I want a copy of my data." : "I understand my data will be deleted for good."}</span>
        </label>
        <FieldError id="confirm-error" message={actionData?.error || undefined} />
        <button type="submit" className={`rounded-md px-5 py-3 font-semibold text-white ${exporting ? "bg-accent hover:bg-accent-strong" : "bg-risk-high"}`}>
          {exporting ? "Download my data" : "Delete my data"}
        </button>
      </Form>
    </Container>
  );
}
