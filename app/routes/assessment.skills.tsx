import { Form } from "react-router";
import { submitSkills } from "../assessment/assessment.server";
import { loadStep, submitStep } from "../assessment/step-route.server";
import { AssessmentShell, FieldError, SubmitButton } from "../components/assessment-shell";
import { Honeypot } from "../components/honeypot";
import type { Route } from "./+types/assessment.skills";

export async function loader({ request }: Route.LoaderArgs) {
  const draft = await loadStep(request, "skills");
  const saved = new Map(draft.answers.skills?.ratings.map((r) => [r.skill, r.rating]));
  return { slug: draft.slug, title: draft.title, skills: draft.skills.map((s) => ({ skill: s.skill, saved: saved.get(s.skill) ?? null })) };
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

export default function SkillsStep({ loaderData, actionData }: Route.ComponentProps) {
  const { slug, title, skills } = loaderData;
  const errors = actionData?.fieldErrors ?? {};
  const values = actionData?.values ?? {};
  return (
    <AssessmentShell stepNumber={4} title="Your skills" occupationTitle={title} message={actionData?.message}>
      <p className="max-w-2xl">
        Rate yourself honestly on the skills that matter most in this role: 1 means you are aware of it, 5 that others come to
        you for it. Your ratings decide which moves fit you and what you would need to learn.
      </p>
      <Form method="post" className="mt-6 space-y-4">
        <Honeypot />
        <input type="hidden" name="occupation" value={slug} />
        {skills.map(({ skill, saved }) => {
          const name = `skill:${skill}`;
          const errorId = `${name.replace(/\W+/g, "-")}-error`;
          const current = values[name] ?? (saved ? String(saved) : undefined);
          return (
            <fieldset key={skill} className="rounded-md border border-line bg-surface p-3" aria-describedby={errors[name] ? errorId : undefined}>
              <legend className="px-1 font-semibold">{skill}</legend>
              <FieldError id={errorId} message={errors[name]} />
              <div className="mt-1 grid grid-cols-5 gap-1 text-center">
                {SCALE.map((s) => (
                  <label key={s.value} className="flex cursor-pointer flex-col items-center gap-1 rounded-md p-1 text-xs has-[:checked]:bg-accent-soft">
                    <input type="radio" name={name} value={s.value} required defaultChecked={current === String(s.value)} className="size-4 accent-accent" />
                    <span className="font-semibold">{s.label}</span>
                    <span className="text-muted">{s.hint}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
        <SubmitButton>Continue</SubmitButton>
      </Form>
    </AssessmentShell>
  );
}
