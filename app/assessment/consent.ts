/** Shown beside the optional email box and stored with the address as the record of consent. */
export const EMAIL_CONSENT_TEXT =
  "I agree that Career Pivot may store my email address with this result to send me the link and follow-up about my plan. I can ask for it to be deleted at any time.";
