import { FieldError } from "./assessment-shell";

/** The labelled email input used by public forms, with its error wired for screen readers. */
export function EmailField({
  error,
  defaultValue = "",
  label = "Email address",
}: {
  error?: string;
  defaultValue?: string;
  label?: string;
}) {
  return (
    <div>
      <label htmlFor="email" className="block font-semibold">
        {label}
      </label>
      <input
        id="email"
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "email-error" : undefined}
        className="mt-1 w-full rounded-md border border-muted bg-surface p-2"
      />
      <FieldError id="email-error" message={error} />
    </div>
  );
}
