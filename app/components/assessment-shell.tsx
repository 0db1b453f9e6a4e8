import { STEPS, TOTAL_STEPS } from "../assessment/steps";
import { Container } from "./page";

/** Frame of every assessment step: progress, heading, and an error summary that takes focus. */
export function AssessmentShell({
  stepNumber,
  title,
  occupationTitle,
  message,
  children,
}: {
  stepNumber: number;
  title: string;
  occupationTitle?: string;
  message?: string;
  children: React.ReactNode;
}) {
  const labels = ["Occupation", ...STEPS.map((s) => s.title)];
  return (
    <Container className="max-w-3xl py-10">
      <p className="text-sm font-semibold text-muted">
        Free assessment{occupationTitle ? ` · ${occupationTitle}` : ""} · Step {stepNumber} of {TOTAL_STEPS}
      </p>
      <progress
        className="mt-2 h-2 w-full accent-accent"
        max={TOTAL_STEPS}
        value={stepNumber}
        aria-label={`Step ${stepNumber} of ${TOTAL_STEPS}`}
      />
      <ol className="mt-2 hidden gap-2 text-xs text-muted sm:flex">
        {labels.map((label, i) => (
          <li
            key={label}
            aria-current={i + 1 === stepNumber ? "step" : undefined}
            className={i + 1 === stepNumber ? "font-semibold text-ink" : ""}
          >
            {i + 1}. {label}
          </li>
        ))}
      </ol>
      <h1 className="mt-6 text-3xl font-bold">{title}</h1>
      {message ? (
        <div role="alert" className="mt-4 rounded-md border border-risk-high bg-risk-high-soft p-4 text-risk-high">
          <p className="font-semibold">{message}</p>
        </div>
      ) : null}
      <div className="mt-6">{children}</div>
    </Container>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-semibold text-risk-high">
      {message}
    </p>
  );
}

export function SubmitButton({ children }: { children: React.ReactNode }) {
  return (
    <button type="submit" className="rounded-md bg-accent px-5 py-3 font-semibold text-white hover:bg-accent-strong">
      {children}
    </button>
  );
}
