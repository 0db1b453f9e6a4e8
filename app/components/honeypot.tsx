/** The field name bots fill in and people never see; checked for every public form post. */
export const HONEYPOT_FIELD = "website";

/**
 * A decoy field for form-filling bots: off-screen, out of the tab order and hidden from assistive
 * technology, so a person never fills it. A post with it filled is refused (server/middleware/honeypot.ts).
 */
export function Honeypot() {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label>
        Leave this empty
        <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}
