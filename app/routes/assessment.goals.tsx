import { Form } from "react-router";
import { UK_REGIONS } from "../../domain/regions";
import { SALARY_BANDS } from "../../domain/salary-bands";
import { completeAssessment } from "../assessment/assessment.server";
import { loadStep, submitStep } from "../assessment/step-route.server";
import { AssessmentShell, FieldError, SubmitButton } from "../components/assessment-shell";
import { Honeypot } from "../components/honeypot";
import type { Route } from "./+types/assessment.goals";

export async function loader({ request }: Route.LoaderArgs) {
  const draft = await loadStep(request, "goals");
  // Step downs are computed for imported roles only: the question is not asked where it could change nothing.
  return { slug: draft.slug, title: draft.title, saved: draft.answers.goals ?? null, offersStepDowns: draft.origin === "imported" };
}

export const action = ({ request }: Route.ActionArgs) => submitStep(request, completeAssessment);

export const meta = () => [{ title: "Your goals · Free assessment · Career Pivot" }, { name: "robots", content: "noindex" }];

const GOAL_OPTIONS = [
  { value: "future-proof", label: "Future-proof where I am", hint: "Stay in this role and move my time to the work AI does least." },
  { value: "adjacent", label: "Make an adjacent move", hint: "A neighbouring role that uses most of what I already know." },
  { value: "cross-domain", label: "Make a bigger change", hint: "A role in a different kind of work, even if it takes longer." },
] as const;

export default function GoalsStep({ loaderData, actionData }: Route.ComponentProps) {
  const { slug, title, saved, offersStepDowns } = loaderData;
  const errors = actionData?.fieldErrors ?? {};
  const values = actionData?.values ?? {};
  const goal = values.goal ?? saved?.goal;
  // A form sent back with errors keeps what was posted: an unticked box posts nothing.
  const considerStepDown = actionData ? values.considerStepDown === "yes" : saved?.considerStepDown === true;
  return (
    <AssessmentShell stepNumber={5} title="Your goals" occupationTitle={title} message={actionData?.message}>
      <Form method="post" className="space-y-6">
        <Honeypot />
        <input type="hidden" name="occupation" value={slug} />
        <fieldset aria-describedby={errors.goal ? "goal-error" : undefined}>
          <legend className="font-semibold">What do you want from your next move?</legend>
          <FieldError id="goal-error" message={errors.goal} />
          <div className="mt-2 grid gap-2">
            {GOAL_OPTIONS.map((g) => (
              <label
                key={g.value}
                className="flex cursor-pointer gap-3 rounded-md border border-line bg-surface p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
              >
                <input
                  type="radio"
                  name="goal"
                  value={g.value}
                  required
                  defaultChecked={goal === g.value}
                  className="mt-1 size-4 accent-accent"
                />
                <span>
                  <span className="block font-semibold">{g.label}</span>
                  <span className="block text-sm text-muted">{g.hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {offersStepDowns ? (
          <div>
            {/* The hint sits outside the label so it is read once, as the description, not as part of the name. */}
            <div className="flex items-start gap-3 rounded-md border border-line bg-surface p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft">
              <input
                id="considerStepDown"
                type="checkbox"
                name="considerStepDown"
                value="yes"
                defaultChecked={considerStepDown}
                aria-invalid={errors.considerStepDown ? true : undefined}
                aria-describedby={errors.considerStepDown ? "considerStepDown-hint considerStepDown-error" : "considerStepDown-hint"}
                className="mt-1 size-4 accent-accent"
              />
              <div>
                <label htmlFor="considerStepDown" className="block cursor-pointer font-semibold">
                  I would also consider work that needs less training or pays less{" "}
                  <span className="font-normal text-muted">(optional)</span>
                </label>
                <p id="considerStepDown-hint" className="text-sm text-muted">
                  For example for fewer hours, less stress or a health reason. Your result then also lists up to two such roles, apart from
                  your best moves, saying plainly what you would give up.
                </p>
              </div>
            </div>
            <FieldError id="considerStepDown-error" message={errors.considerStepDown} />
          </div>
        ) : null}
        <div>
          <label htmlFor="hoursPerWeek" className="block font-semibold">
            Hours a week you can give to learning
          </label>
          <input
            id="hoursPerWeek"
            name="hoursPerWeek"
            type="number"
            inputMode="numeric"
            min={1}
            max={40}
            step={1}
            required
            defaultValue={values.hoursPerWeek ?? saved?.hoursPerWeek ?? 5}
            aria-invalid={errors.hoursPerWeek ? true : undefined}
            aria-describedby={errors.hoursPerWeek ? "hoursPerWeek-error" : undefined}
            className="mt-1 w-28 rounded-md border border-muted bg-surface p-2"
          />
          <FieldError id="hoursPerWeek-error" message={errors.hoursPerWeek} />
        </div>
        <div>
          <label htmlFor="region" className="block font-semibold">
            Where in the UK do you work?
          </label>
          <select
            id="region"
            name="region"
            required
            defaultValue={values.region ?? saved?.region ?? ""}
            aria-invalid={errors.region ? true : undefined}
            aria-describedby={errors.region ? "region-error" : undefined}
            className="mt-1 rounded-md border border-muted bg-surface p-2"
          >
            <option value="" disabled>
              Choose a region
            </option>
            {UK_REGIONS.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
          <FieldError id="region-error" message={errors.region} />
        </div>
        <div>
          <label htmlFor="salaryBand" className="block font-semibold">
            Your current salary <span className="font-normal text-muted">(optional)</span>
          </label>
          <p id="salaryBand-hint" className="mt-1 max-w-prose text-sm text-muted">
            Only used in your Blueprint, to show where your pay sits against what your role and each target role advertise. Without it we
            compare with the typical (median) salary for your role, which may not be yours. We never share it.
          </p>
          <select
            id="salaryBand"
            name="salaryBand"
            defaultValue={values.salaryBand ?? saved?.salaryBand ?? ""}
            aria-invalid={errors.salaryBand ? true : undefined}
            aria-describedby={errors.salaryBand ? "salaryBand-hint salaryBand-error" : "salaryBand-hint"}
            className="mt-1 rounded-md border border-muted bg-surface p-2"
          >
            <option value="">Prefer not to say</option>
            {SALARY_BANDS.map((b) => (
              <option key={b.id} value={b.id}>
                {b.label} a year
              </option>
            ))}
          </select>
          <FieldError id="salaryBand-error" message={errors.salaryBand} />
        </div>
        <SubmitButton>See my result</SubmitButton>
      </Form>
    </AssessmentShell>
  );
}
