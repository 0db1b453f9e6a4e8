import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  customType,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { OccupationContent } from "../domain/occupation-content";
import { ORDER_STATUSES } from "../domain/order-state";
import type { AssessmentOutcome, DraftAnswers } from "../domain/scoring";
import type { UsWages } from "../domain/us-wages";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

export const riskLevel = pgEnum("risk_level", ["high", "medium", "low"]);
export const occupationOrigin = pgEnum("occupation_origin", ["curated", "imported"]);
export const pivotKind = pgEnum("pivot_kind", ["adjacent", "cross-domain"]);
/** Imported paths (ADR 009): a pivot, a long-term path (needs much more preparation), or a step down kept for goals that ask for it. */
export const pivotHorizon = pgEnum("pivot_horizon", ["pivot", "long-term", "step-down"]);

export type { UsWages };

// The JSON shapes of a report live in domain/; re-exported for code that reads rows.
export type {
  Employer,
  FaqEntry,
  ImportedResearch,
  LearningResourceRef,
  OccupationContent,
  SalaryBand,
  SourceRef,
  TimelineEra,
} from "../domain/occupation-content";

/** Weighted words for catalogue search; the SQL function is created in migration 0004. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const occupations = pgTable(
  "occupations",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    pluralTitle: text("plural_title").notNull(),
    sector: text("sector").notNull(),
    socCode: text("soc_code"),
    origin: occupationOrigin("origin").notNull(),
    alternateTitles: text("alternate_titles")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    summary: text("summary").notNull(),
    exposureScore: integer("exposure_score").notNull(),
    /** O*NET job zone (1–5, preparation needed); imported occupations with skill data only. */
    jobZone: integer("job_zone"),
    /** Imported occupations only, when the wage file was given and had the SOC code (domain/us-wages.ts). */
    usWages: jsonb("us_wages").$type<UsWages>(),
    /** Staff's per-role switch: false takes the role's Blueprint off sale (app/staff/catalogue.server.ts, audited). */
    blueprintOnSale: boolean("blueprint_on_sale").notNull().default(true),
    content: jsonb("content").$type<OccupationContent>().notNull(),
    contentUpdatedAt: timestamp("content_updated_at", { withTimezone: true, mode: "date" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    // Generated so curated (seed) and imported rows are searchable without either writer knowing.
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, occupation_search_words("alternate_titles")), 'A') || setweight(to_tsvector('english'::regconfig, "summary"), 'C')`,
    ),
  },
  (t) => [
    check("occupations_exposure_range", sql`${t.exposureScore} between 0 and 100`),
    check("occupations_job_zone_range", sql`${t.jobZone} between 1 and 5`),
    index("occupations_exposure_idx").on(t.exposureScore),
    index("occupations_search_idx").using("gin", t.searchVector),
    index("occupations_sector_idx").on(t.sector),
  ],
);

export const occupationTasks = pgTable(
  "occupation_tasks",
  {
    occupationId: integer("occupation_id")
      .notNull()
      .references(() => occupations.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull(),
    risk: riskLevel("risk").notNull(),
    exposure: integer("exposure").notNull(),
    aiTools: text("ai_tools")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  },
  (t) => [
    primaryKey({ columns: [t.occupationId, t.position] }),
    check("occupation_tasks_exposure_range", sql`${t.exposure} between 0 and 100`),
  ],
);

export const occupationSkills = pgTable(
  "occupation_skills",
  {
    occupationId: integer("occupation_id")
      .notNull()
      .references(() => occupations.id, { onDelete: "cascade" }),
    skill: text("skill").notNull(),
    importance: integer("importance").notNull(),
    level: integer("level").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.occupationId, t.skill] }),
    check("occupation_skills_importance_range", sql`${t.importance} between 0 and 100`),
    check("occupation_skills_level_range", sql`${t.level} between 1 and 5`),
  ],
);

/** Computed from skill profiles whenever the catalogue changes; never typed in. */
export const occupationPivots = pgTable(
  "occupation_pivots",
  {
    occupationId: integer("occupation_id")
      .notNull()
      .references(() => occupations.id, { onDelete: "cascade" }),
    rank: integer("rank").notNull(),
    targetId: integer("target_id")
      .notNull()
      .references(() => occupations.id, { onDelete: "cascade" }),
    kind: pivotKind("kind").notNull(),
    matchPercent: integer("match_percent").notNull(),
    rankScore: real("rank_score").notNull(),
    skillsHeld: text("skills_held").array().notNull(),
    skillsNeeded: text("skills_needed").array().notNull(),
    // Imported paths only (curated pivots keep the defaults and nulls).
    horizon: pivotHorizon("horizon").notNull().default("pivot"),
    /** Cosine similarity of the two roles' O*NET task statements (TF-IDF), 0–100. */
    taskSimilarity: integer("task_similarity"),
    /** Target's US median pay ÷ the source's (BLS OEWS May 2021); null when either is missing. */
    payRatio: real("pay_ratio"),
    /** Target job zone minus the source's. */
    jobZoneStep: integer("job_zone_step"),
    /** Why the path is suggested, in words the report and result show. */
    reason: text("reason"),
  },
  (t) => [primaryKey({ columns: [t.occupationId, t.rank] }), index("occupation_pivots_target_idx").on(t.targetId)],
);

export type Occupation = typeof occupations.$inferSelect;
export type OccupationTask = typeof occupationTasks.$inferSelect;
export type OccupationSkill = typeof occupationSkills.$inferSelect;
export type OccupationPivot = typeof occupationPivots.$inferSelect;

/**
 * An assessment in progress. The browser holds only a random token in a cookie; the database
 * keeps its SHA-256, so neither a leaked table nor a log line can resume someone's draft.
 */
export const assessmentDrafts = pgTable("assessment_drafts", {
  id: uuid("id").primaryKey().defaultRandom(),
  tokenHash: text("token_hash").notNull().unique(),
  occupationId: integer("occupation_id")
    .notNull()
    .references(() => occupations.id, { onDelete: "cascade" }),
  answers: jsonb("answers").$type<DraftAnswers>().notNull().default({}),
  resultId: uuid("result_id"),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** A completed assessment: answers and the outcome computed once, with the scoring version. */
export const assessmentResults = pgTable(
  "assessment_results",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    occupationId: integer("occupation_id")
      .notNull()
      .references(() => occupations.id, { onDelete: "restrict" }),
    scoringVersion: text("scoring_version").notNull(),
    answers: jsonb("answers").$type<Required<DraftAnswers>>().notNull(),
    outcome: jsonb("outcome").$type<AssessmentOutcome>().notNull(),
    email: text("email"),
    emailConsentAt: timestamp("email_consent_at", { withTimezone: true, mode: "date" }),
    emailConsentText: text("email_consent_text"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("assessment_results_created_idx").on(t.createdAt)],
);

export type { AssessmentOutcome, DraftAnswers };
export type AssessmentDraft = typeof assessmentDrafts.$inferSelect;
export type AssessmentResult = typeof assessmentResults.$inferSelect;

// ---------------------------------------------------------------------------------------------
// The paid path (orders, Stripe events, rendered blueprints, emails, the local checkout simulator)
// ---------------------------------------------------------------------------------------------

export const orderStatus = pgEnum("order_status", ORDER_STATUSES);

/**
 * One purchase of a blueprint for one stored result. Tokens the buyer needs in emails (their
 * result link, the download link) are kept only sealed (AES-GCM under the app secret) and as a
 * SHA-256 for lookup, so a copy of this table cannot open anyone's result or PDF.
 */
export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    resultId: uuid("result_id")
      .notNull()
      .references(() => assessmentResults.id, { onDelete: "restrict" }),
    occupationId: integer("occupation_id")
      .notNull()
      .references(() => occupations.id, { onDelete: "restrict" }),
    status: orderStatus("status").notNull().default("pending"),
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    email: text("email"),
    stripeSessionId: text("stripe_session_id").unique(),
    /** Where to send the buyer to pay; reused when they press the button again. */
    checkoutUrl: text("checkout_url"),
    checkoutExpiresAt: timestamp("checkout_expires_at", { withTimezone: true, mode: "date" }),
    stripePaymentIntentId: text("stripe_payment_intent_id").unique(),
    resultTokenSealed: text("result_token_sealed").notNull(),
    downloadTokenHash: text("download_token_hash").notNull().unique(),
    downloadTokenSealed: text("download_token_sealed").notNull(),
    consentAt: timestamp("consent_at", { withTimezone: true, mode: "date" }).notNull(),
    consentText: text("consent_text").notNull(),
    paidAt: timestamp("paid_at", { withTimezone: true, mode: "date" }),
    dueAt: timestamp("due_at", { withTimezone: true, mode: "date" }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true, mode: "date" }),
    refundedAt: timestamp("refunded_at", { withTimezone: true, mode: "date" }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /**
     * What buyers quote: domain/order-reference.ts's rule, kept here so support can search it. The
     * first 12 hex digits of the id (48 bits: unique among millions of orders, and the index checks);
     * older emails quoted the first 8, which are this reference's prefix.
     */
    reference: text("reference")
      .notNull()
      .generatedAlwaysAs(sql`'CP-' || upper(left("id"::text, 13))`),
  },
  (t) => [
    index("orders_status_due_idx").on(t.status, t.dueAt),
    index("orders_result_idx").on(t.resultId),
    // text_pattern_ops: an old 8-digit reference is found as a prefix (LIKE 'CP-1A2B3C4D%') whatever the collation.
    uniqueIndex("orders_reference_idx").using("btree", t.reference.op("text_pattern_ops")),
    index("orders_email_lower_idx").on(sql`lower(${t.email})`),
    // The funnel's money: sales by the day they were paid.
    index("orders_paid_at_idx").on(t.paidAt),
    check("orders_amount_positive", sql`${t.amount} > 0`),
  ],
);

/** Audit trail: every status change and staff action, with who did it. */
export const orderEvents = pgTable(
  "order_events",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    fromStatus: orderStatus("from_status"),
    toStatus: orderStatus("to_status"),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    index("order_events_order_idx").on(t.orderId, t.createdAt),
    // The funnel's money: refunds by the day they were made (a few rows among many events).
    index("order_events_refunds_idx")
      .on(t.createdAt, t.orderId)
      .where(sql`${t.action} in ('refunded', 'partial_refund')`),
  ],
);

/**
 * Stripe webhook events, one row per event id: a repeat delivery is a no-op. An event that names
 * an order we cannot match yet (a refund overtaking the payment) stays unprocessed and is applied
 * when the order learns its payment intent.
 */
export const stripeEvents = pgTable(
  "stripe_events",
  {
    id: text("id").primaryKey(),
    type: text("type").notNull(),
    orderId: uuid("order_id").references(() => orders.id, { onDelete: "set null" }),
    paymentIntentId: text("payment_intent_id"),
    outcome: text("outcome").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    processedAt: timestamp("processed_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("stripe_events_payment_intent_idx").on(t.paymentIntentId)],
);

/** Every rendered PDF version of an order's blueprint, kept in the database (durable, shared). */
export const blueprints = pgTable(
  "blueprints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    pdf: bytea("pdf").notNull(),
    sha256: text("sha256").notNull(),
    pageCount: integer("page_count").notNull(),
    byteSize: integer("byte_size").notNull(),
    renderMs: integer("render_ms").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("blueprints_order_version_idx").on(t.orderId, t.version)],
);

export const emailKind = pgEnum("email_kind", ["confirmation", "delivery", "privacy", "resend", "staff_alert"]);
export const emailStatus = pgEnum("email_status", ["sending", "sent", "failed"]);

/**
 * Every email we send (or try to). `idempotencyKey` is unique and is also sent to Resend, so a
 * retried job neither sends twice nor records twice. With no RESEND_API_KEY the body is kept here
 * and the row is the local outbox.
 */
export const emails = pgTable(
  "emails",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id").references(() => orders.id, { onDelete: "cascade" }),
    kind: emailKind("kind").notNull(),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    provider: text("provider").notNull(),
    providerId: text("provider_id"),
    status: emailStatus("status").notNull().default("sending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    html: text("html"),
    textBody: text("text_body"),
    attachmentName: text("attachment_name"),
    blueprintId: uuid("blueprint_id").references(() => blueprints.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("emails_order_idx").on(t.orderId), index("emails_created_idx").on(t.createdAt)],
);

/**
 * The local checkout simulator's sessions (used when STRIPE_SECRET_KEY is unset): the same shape
 * of facts Stripe keeps, so the success page and refunds work the same way offline.
 */
export const simulatedCheckoutSessions = pgTable("simulated_checkout_sessions", {
  id: text("id").primaryKey(),
  orderId: uuid("order_id").notNull(),
  idempotencyKey: text("idempotency_key").notNull().unique(),
  amount: integer("amount").notNull(),
  currency: text("currency").notNull(),
  productName: text("product_name").notNull(),
  customerEmail: text("customer_email"),
  successUrl: text("success_url").notNull(),
  cancelUrl: text("cancel_url").notNull(),
  status: text("status").$type<"open" | "complete" | "expired">().notNull().default("open"),
  paymentStatus: text("payment_status").$type<"unpaid" | "paid">().notNull().default("unpaid"),
  paymentIntentId: text("payment_intent_id"),
  amountRefunded: integer("amount_refunded").notNull().default(0),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
});

export type Order = typeof orders.$inferSelect;
export type OrderEventRow = typeof orderEvents.$inferSelect;
export type Blueprint = typeof blueprints.$inferSelect;
export type EmailRow = typeof emails.$inferSelect;
export type SimulatedCheckoutSession = typeof simulatedCheckoutSessions.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Staff console (sign-in, sessions, throttling) and server-side funnel counters
// ---------------------------------------------------------------------------------------------

export const staffRole = pgEnum("staff_role", ["admin", "reviewer"]);

export const staffUsers = pgTable("staff_users", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Stored lower-cased; unique. */
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: staffRole("role").notNull(),
  /** argon2id (PHC string). */
  passwordHash: text("password_hash").notNull(),
  passwordChangedAt: timestamp("password_changed_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  disabledAt: timestamp("disabled_at", { withTimezone: true, mode: "date" }),
  createdBy: uuid("created_by"),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** Server-side sessions: the cookie holds a 256-bit random token, the table only its SHA-256. */
export const staffSessions = pgTable(
  "staff_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    staffUserId: uuid("staff_user_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** Absolute limit, whatever the activity. */
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("staff_sessions_user_idx").on(t.staffUserId)],
);

/**
 * Staff account actions (added, disabled, enabled, sign-in throttle cleared): who (`staff:<id>`,
 * as in order_events), when, and which account. Rows outlive the account's changes, never its id.
 */
export const staffAuditEvents = pgTable(
  "staff_audit_events",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    targetStaffUserId: uuid("target_staff_user_id").references(() => staffUsers.id, { onDelete: "set null" }),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("staff_audit_events_created_idx").on(t.createdAt)],
);

/**
 * Support look-ups on the staff console: who searched and when, and what kind of key was typed
 * (email, reference, Stripe id) — never the text searched for or what was found.
 */
export const staffLookupEvents = pgTable(
  "staff_lookup_events",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    actor: text("actor").notNull(),
    kind: text("kind").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("staff_lookup_events_created_idx").on(t.createdAt)],
);

/** rate-limiter-flexible's PostgreSQL store (shared by every instance); the table it expects. */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: bigint("expire", { mode: "number" }),
});

/**
 * Funnel counters per London day and step, counted on the server: no cookies, no trackers, no
 * personal data. Paid/delivered/refunded are read from orders; this table holds what orders cannot.
 */
export const funnelDaily = pgTable(
  "funnel_daily",
  {
    day: date("day", { mode: "string" }).notNull(),
    step: text("step").$type<"report_view" | "assessment_start" | "assessment_complete" | "checkout_started">().notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.step] })],
);

export type StaffUser = typeof staffUsers.$inferSelect;
export type StaffSession = typeof staffSessions.$inferSelect;

/**
 * Privacy links already used (export downloaded or erasure done), so each emailed link works once.
 * Keyed by a SHA-256 of the link's sealed nonce, not of the URL, so no re-encoding of the same
 * token counts as a new link; rows go once the link would have expired anyway (retention job).
 */
export const privacyLinksUsed = pgTable("privacy_links_used", {
  nonceHash: text("nonce_hash").primaryKey(),
  usedAt: timestamp("used_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/**
 * The email provider's shared send allowance (Resend: 2 requests/s per team, every key and process
 * together): one row per provider holding the next free send slot. Every sender reserves a slot
 * with one atomic upsert, so processes pace each other without talking; a 429's `retry-after`
 * pushes the slot forward for everyone.
 */
export const emailPacing = pgTable("email_pacing", {
  provider: text("provider").primaryKey(),
  nextAt: timestamp("next_at", { withTimezone: true, mode: "date" }).notNull(),
});

/**
 * Staff alerts: one row per order and kind (at risk, breached, failed), so each fires once
 * whichever worker's minute finds it; the email goes through the job queue.
 */
export const staffAlerts = pgTable(
  "staff_alerts",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    kind: text("kind").$type<"at_risk" | "breached" | "failed">().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("staff_alerts_order_kind_idx").on(t.orderId, t.kind),
    index("staff_alerts_created_idx").on(t.createdAt),
    check("staff_alerts_kind", sql`${t.kind} in ('at_risk', 'breached', 'failed')`),
  ],
);
