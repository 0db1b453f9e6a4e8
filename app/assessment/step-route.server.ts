import { data, redirect } from "react-router";
import { readDraftToken } from "./draft-cookie.server";
import { allowedStep, loadDraft, type LoadedDraft, type StepOutcome } from "./assessment.server";
import type { StepId } from "./steps";

/** Loader shared by the steps: the draft, or a redirect to where the visitor should be. */
export async function loadStep(request: Request, step: StepId): Promise<LoadedDraft> {
  const draft = await loadDraft(await readDraftToken(request));
  if (!draft) throw redirect("/assessment");
  const allowed = allowedStep(draft, step);
  if (allowed.ok) return draft;
  if (allowed.redirectTo.startsWith("/results/")) throw redirect(allowed.redirectTo);
  // Not a redirect: a form posted out of order must say why nothing was saved.
  throw data({ message: "Please answer the earlier questions first.", continueTo: allowed.redirectTo }, { status: 409 });
}

export type FormReply = { message: string; fieldErrors: Record<string, string>; values: Record<string, string> };

/** Action shared by the steps: redirect on success, or the form again with messages (4xx). */
export async function submitStep(
  request: Request,
  submit: (token: string | null, draft: LoadedDraft | null, form: FormData) => Promise<StepOutcome>,
) {
  const token = await readDraftToken(request);
  const draft = await loadDraft(token);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    const reply: FormReply = { message: "We could not read that form submission. Please try again.", fieldErrors: {}, values: {} };
    return data(reply, { status: 400 });
  }
  const outcome = await submit(token, draft, form);
  if (outcome.ok) throw redirect(outcome.next, 303);
  const reply: FormReply = { message: outcome.message, fieldErrors: outcome.fieldErrors, values: outcome.values };
  return data(reply, { status: outcome.status });
}
