import { useState } from "react";
import { Form } from "react-router";
import { submitTasks } from "../assessment/assessment.server";
import { loadStep, submitStep } from "../assessment/step-route.server";
import { AssessmentShell, FieldError, SubmitButton } from "../components/assessment-shell";
import { Honeypot } from "../components/honeypot";
import type { Route } from "./+types/assessment.tasks";

export async function loader({ request }: Route.LoaderArgs) {
  const draft = await loadStep(request, "tasks");
  const saved = new Map(draft.answers.tasks?.shares.map((s) => [s.position, s.sharePercent]));
  // Start from an even split (remainder on the first tasks) so the numbers already make 100.
  const even = Math.floor(100 / draft.tasks.length);
  const remainder = 100 - even * draft.tasks.length;
  return {
    slug: draft.slug,
    title: draft.title,
    tasks: draft.tasks.map((t, i) => ({
      position: t.position,
      name: t.name,
      description: t.description,
      initial: saved.get(t.position) ?? even + (i < remainder ? 1 : 0),
    })),
    normalised: draft.answers.tasks?.normalised ?? false,
  };
}

export const action = ({ request }: Route.ActionArgs) => submitStep(request, (_token, draft, form) => submitTasks(draft, form));

export const meta = () => [{ title: "How you spend your week · Free assessment · Career Pivot" }, { name: "robots", content: "noindex" }];

export default function TasksStep({ loaderData, actionData }: Route.ComponentProps) {
  const { slug, title, tasks, normalised } = loaderData;
  const errors = actionData?.fieldErrors ?? {};
  const values = actionData?.values ?? {};
  const initial = Object.fromEntries(tasks.map((t) => [t.position, values[`share-${t.position}`] ?? String(t.initial)]));
  const [shares, setShares] = useState<Record<number, string>>(initial);
  const total = Object.values(shares).reduce((sum, v) => sum + (Number.parseInt(v, 10) || 0), 0);
  return (
    <AssessmentShell stepNumber={3} title="How you spend your week" occupationTitle={title} message={actionData?.message}>
      <p className="max-w-2xl">
        Roughly what share of a typical working week goes on each of these tasks? Whole percentages that add up to 100. Tasks you never do
        get 0.
      </p>
      <Form method="post" className="mt-6 space-y-4">
        <Honeypot />
        <input type="hidden" name="occupation" value={slug} />
        <FieldError id="shares-error" message={errors.shares} />
        <ul className="space-y-3">
          {tasks.map((t) => {
            const id = `share-${t.position}`;
            return (
              <li
                key={t.position}
                className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-line bg-surface p-3"
              >
                <label htmlFor={id} className="min-w-0 flex-1 basis-60">
                  <span className="block font-semibold">{t.name}</span>
                  <span className="block text-sm text-muted">{t.description}</span>
                </label>
                <span className="flex items-center gap-1">
                  <input
                    id={id}
                    name={id}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={100}
                    step={1}
                    required
                    value={shares[t.position] ?? ""}
                    onChange={(e) => setShares((s) => ({ ...s, [t.position]: e.target.value }))}
                    aria-invalid={errors[id] || errors.shares ? true : undefined}
                    aria-describedby={errors[id] ? `${id}-error` : errors.shares ? "shares-error" : undefined}
                    className="w-20 rounded-md border border-muted bg-surface p-2 text-right tabular-nums"
                  />
                  <span aria-hidden="true">%</span>
                </span>
                <FieldError id={`${id}-error`} message={errors[id]} />
              </li>
            );
          })}
        </ul>
        <p aria-live="polite" className={`font-semibold ${total === 100 ? "text-risk-low" : "text-risk-medium"}`}>
          Total: {total}%{total === 100 ? " — good" : " — should be 100%"}
        </p>
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            name="normalise"
            defaultChecked={values.normalise === "on" || normalised}
            className="mt-1 size-4 accent-accent"
          />
          <span>If my numbers do not add up to 100%, scale them proportionally for me.</span>
        </label>
        <SubmitButton>Continue</SubmitButton>
      </Form>
    </AssessmentShell>
  );
}
