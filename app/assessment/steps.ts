import type { DraftAnswers } from "../../domain/scoring";

/** The assessment's steps after choosing an occupation, in order. */
export const STEPS = [
  { id: "experience", title: "Your experience" },
  { id: "tasks", title: "How you spend your week" },
  { id: "skills", title: "Your skills" },
  { id: "goals", title: "Your goals" },
] as const;

export type StepId = (typeof STEPS)[number]["id"];

/** Step 1 is choosing the occupation, so the steps above are 2–5 of 5. */
export const TOTAL_STEPS = STEPS.length + 1;

export function stepIndex(step: StepId): number {
  return STEPS.findIndex((s) => s.id === step);
}

export function firstIncompleteStep(answers: DraftAnswers): StepId {
  return STEPS.find((s) => answers[s.id] === undefined)?.id ?? "goals";
}
