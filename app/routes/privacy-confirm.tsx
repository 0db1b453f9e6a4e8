import { data, Form, redirect } from "react-router";
import { FieldError } from "../components/assessment-shell";
import { Container } from "../components/page";
import { confirmed, eraseWithLink, privacyLinkForPage } from "../privacy/privacy.server";
import { PRIVACY_LINK_GONE } from "../privacy/schemas";
import type { Route } from "./+types/privacy-confirm";

export async function loader({ params }: Route.LoaderArgs) {
  const state = await privacyLinkForPage(params.token);
  if (state.status !== "valid") throw data(PRIVACY_LINK_GONE[state.status], { status: 410 });
  return { action: state.link.a };
}

export async function action({ request, params }: Route.ActionArgs) {
  const state = await privacyLinkForPage(params.token);
  if (state.status !== "valid") throw data(PRIVACY_LINK_GONE[state.status], { status: 410 });
  const form = await request.formData().catch(() => new FormData());
  if (!confirmed(form)) return data({ error: "Tick the box to confirm." }, { status: 400 });
  const erased = await eraseWithLink(params.token);
  if (erased.status !== "done") throw data(PRIVACY_LINK_GONE[erased.status], { status: 410 });
  // Away from the link: it is spent now, and this page's loader would answer 410 for it.
  return redirect("/privacy?deleted=1", 303);
}

// The token is a capability: keep it out of caches, referrers and search engines.
export const headers = () => ({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex" });
export const meta = () => [{ title: "Confirm your privacy request · Career Pivot" }, { name: "robots", content: "noindex, nofollow" }];

export default function PrivacyConfirm({ loaderData, actionData, params }: Route.ComponentProps) {
  const exporting = loaderData.action === "export";
  return (
    <Container className="max-w-3xl py-10">
      <h1 className="text-3xl font-bold">{exporting ? "Download a copy of your data" : "Delete your data"}</h1>
      <p className="mt-4 text-lg">
        {exporting
          ? "You will get one JSON file with your assessment answers and results, your orders with their Blueprint PDFs, and the emails we sent you. This link works once."
          : "This deletes your assessment answers and results, any Blueprint PDFs and the emails we sent you. Download links stop working. It cannot be undone."}
      </p>
      <Form
        method="post"
        action={exporting ? `/privacy/confirm/${params.token}/export` : undefined}
        reloadDocument={exporting}
        className="mt-6 space-y-4"
      >
        <label className="flex items-start gap-3">
          <input type="checkbox" name="confirm" value="yes" required className="mt-1 size-4 accent-accent" />
          <span>{exporting ? "I want a copy of my data." : "I understand my data will be deleted for good."}</span>
        </label>
        <FieldError id="confirm-error" message={actionData?.error || undefined} />
        <button
          type="submit"
          className={`rounded-md px-5 py-3 font-semibold text-white ${exporting ? "bg-accent hover:bg-accent-strong" : "bg-risk-high"}`}
        >
          {exporting ? "Download my data" : "Delete my data"}
        </button>
      </Form>
    </Container>
  );
}
