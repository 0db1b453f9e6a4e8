import { Form } from "react-router";
import { skillsStepView, submitSkills } from "../assessment/assessment.server";
import { loadStep, submitStep } from "../assessment/step-route.server";
import { AssessmentShell, FieldError, SubmitButton } from "../components/assessment-shell";
import { Honeypot } from "../components/honeypot";
import type { Route } from "./+types/assessment.skills";

export async function loader({ request }: Route.LoaderArgs) {
  return skillsStepView(await loadStep(request, "skills"));
}

export const action = ({ request }: Route.ActionArgs) => submitStep(request, (_token, draft, form) => submitSkills(draft, form));

export const meta = () => [{ title: "Your skills · Free assessment · Career Pivot" }, { name: "robots", content: "noindex" }];

const SCALE = [
  { value: 1, label: "1", hint: "Aware of it" },
  { value: 2, label: "2", hint: "Can do with help" },
  { value: 3, label: "3", hint: "Competent" },
  { value: 4, label: "4", hint: "Strong" },
  { value: 5, label: "5", hint: "Expert" },
];

const fieldId = (name: string) => `${name.replace(/\W+/g, "-")}-error`;

export default function SkillsStep({ loaderData, actionData }: Route.ComponentProps) {
  const { slug, title, skills, extras } = loaderData;
  const errors = actionData?.fieldErrors ?? {};
  const values = actionData?.values ?? {};
  return (
    <AssessmentShell stepNumber={4} title="Your skills" occupationTitle={title} message={actionData?.message}>
      <p className="max-w-2xl">
        Rate yourself honestly on the skills that matter most in this role: 1 means you are aware of it, 5 that others come to you for it.
        Your ratings decide which moves fit you and what you would need to learn.
      </p>
      <Form method="post" className="mt-6 space-y-4">
        <Honeypot />
        <input type="hidden" name="occupation" value={slug} />
        {skills.map(({ skill, saved }) => {
          const name = `skill:${skill}`;
          const errorId = fieldId(name);
          const current = values[name] ?? (saved ? String(saved) : undefined);
          return (
            <fieldset
              key={skill}
              className="rounded-md border border-line bg-surface p-3"
              aria-describedby={errors[name] ? errorId : undefined}
            >
              <legend className="px-1 font-semibold">{skill}</legend>
              <FieldError id={errorId} message={errors[name]} />
              <Scale name={name} current={current} required />
            </fieldset>
          );
        })}
        {extras.length > 0 && (
          <section aria-labelledby="extra-skills-heading" aria-describedby="extra-skills-why" className="space-y-4 pt-4">
            <h2 id="extra-skills-heading" className="text-lg font-semibold">
              Skills your likely moves need (optional)
            </h2>
            <p id="extra-skills-why" className="max-w-2xl">
              The roles you could move to lean on these skills too. You can skip them, but rating these makes your paths and plan use your
              level instead of a guess.
            </p>
            {extras.map(({ skill, saved }) => {
              const name = `extra:${skill}`;
              const errorId = fieldId(name);
              const current = values[name] ?? (saved ? String(saved) : "");
              return (
                <fieldset
                  key={skill}
                  className="rounded-md border border-dashed border-line bg-surface p-3"
                  aria-describedby={errors[name] ? errorId : undefined}
                >
                  <legend className="px-1 font-semibold">
                    {skill} <span className="font-normal text-muted">(optional)</span>
                  </legend>
                  <FieldError id={errorId} message={errors[name]} />
                  <Scale name={name} current={current} skippable />
                </fieldset>
              );
            })}
          </section>
        )}
        <SubmitButton>Continue</SubmitButton>
      </Form>
    </AssessmentShell>
  );
}

/** The 1–5 radios; an optional skill adds a pre-selected "Not sure / skip" (empty value, stores nothing). */
function Scale({
  name,
  current,
  required = false,
  skippable = false,
}: {
  name: string;
  current: string | undefined;
  required?: boolean;
  skippable?: boolean;
}) {
  const option = "flex cursor-pointer flex-col items-center gap-1 rounded-md p-1 text-xs has-[:checked]:bg-accent-soft";
  return (
    <div className={`mt-1 grid gap-1 text-center ${skippable ? "grid-cols-3 sm:grid-cols-6" : "grid-cols-5"}`}>
      {SCALE.map((s) => (
        <label key={s.value} className={option}>
          <input
            type="radio"
            name={name}
            value={s.value}
            required={required}
            defaultChecked={current === String(s.value)}
            className="size-4 accent-accent"
          />
          <span className="font-semibold">{s.label}</span>
          <span className="text-muted">{s.hint}</span>
        </label>
      ))}
      {skippable && (
        <label className={option}>
          <input type="radio" name={name} value="" defaultChecked={!current} className="size-4 accent-accent" />
          <span className="font-semibold">Not sure / skip</span>
        </label>
      )}
    </div>
  );
}
