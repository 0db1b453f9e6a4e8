/** Shown beside the checkbox and stored with the order (Consumer Contracts Regulations 2013, reg. 37). */
export const IMMEDIATE_DELIVERY_CONSENT =
  "I want my Blueprint made and delivered straight away, and I understand that I lose my 14-day right to cancel once it has been delivered.";
