import { Form } from "react-router";
import { submitExperience } from "../assessment/assessment.server";
import { loadStep, submitStep } from "../assessment/step-route.server";
import { AssessmentShell, FieldError, SubmitButton } from "../components/assessment-shell";
import { Honeypot } from "../components/honeypot";
import type { Route } from "./+types/assessment.experience";

export async function loader({ request }: Route.LoaderArgs) {
  const draft = await loadStep(request, "experience");
  return { slug: draft.slug, title: draft.title, saved: draft.answers.experience ?? null };
}

export const action = ({ request }: Route.ActionArgs) => submitStep(request, (_token, draft, form) => submitExperience(draft, form));

export const meta = () => [{ title: "Your experience · Free assessment · Career Pivot" }, { name: "robots", content: "noindex" }];

const LEVELS = [
  { value: "junior", label: "Junior", hint: "Learning the ropes; most of your work is assigned to you." },
  { value: "mid", label: "Mid-level", hint: "You own features or pieces of work end to end." },
  { value: "senior", label: "Senior", hint: "You shape how the work is done and review others' work." },
  { value: "lead", label: "Lead or principal", hint: "You set direction across teams or for the organisation." },
] as const;

export default function ExperienceStep({ loaderData, actionData }: Route.ComponentProps) {
  const { slug, title, saved } = loaderData;
  const errors = actionData?.fieldErrors ?? {};
  const values = actionData?.values ?? {};
  const seniority = values.seniority ?? saved?.seniority;
  return (
    <AssessmentShell stepNumber={2} title="Your experience" occupationTitle={title} message={actionData?.message}>
      <Form method="post" className="space-y-6">
        <Honeypot />
        <input type="hidden" name="occupation" value={slug} />
        <div>
          <label htmlFor="years" className="block font-semibold">
            Years of experience in this kind of work
          </label>
          <input
            id="years"
            name="years"
            type="number"
            inputMode="numeric"
            min={0}
            max={50}
            step={1}
            required
            defaultValue={values.years ?? saved?.years ?? ""}
            aria-invalid={errors.years ? true : undefined}
            aria-describedby={errors.years ? "years-error" : undefined}
            className="mt-1 w-28 rounded-md border border-muted bg-surface p-2"
          />
          <FieldError id="years-error" message={errors.years} />
        </div>
        <fieldset aria-describedby={errors.seniority ? "seniority-error" : undefined}>
          <legend className="font-semibold">Which best describes your role today?</legend>
          <FieldError id="seniority-error" message={errors.seniority} />
          <div className="mt-2 grid gap-2">
            {LEVELS.map((l) => (
              <label
                key={l.value}
                className="flex cursor-pointer gap-3 rounded-md border border-line bg-surface p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
              >
                <input
                  type="radio"
                  name="seniority"
                  value={l.value}
                  required
                  defaultChecked={seniority === l.value}
                  className="mt-1 size-4 accent-accent"
                />
                <span>
                  <span className="block font-semibold">{l.label}</span>
                  <span className="block text-sm text-muted">{l.hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <SubmitButton>Continue</SubmitButton>
      </Form>
    </AssessmentShell>
  );
}
