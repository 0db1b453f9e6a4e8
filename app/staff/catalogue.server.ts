import { z } from "zod";
import { getSql } from "../../db/client";
import type { OccupationContent } from "../../domain/occupation-content";
import { offSaleExplanation, type BlueprintEdition } from "../../domain/blueprint-availability";
import { blueprintSaleOf } from "../catalogue/blueprint-sale.server";
import { fieldErrors } from "../utils/form-errors";
import { can } from "./roles";
import { formObject } from "./schemas";
import type { StaffIdentity } from "./sessions.server";

/** Audit actions of the catalogue page, kept in staff_audit_events beside the staff-account ones. */
export const CATALOGUE_AUDIT_ACTIONS = ["blueprint_taken_off_sale", "blueprint_put_on_sale"] as const;
export type CatalogueAuditAction = (typeof CATALOGUE_AUDIT_ACTIONS)[number];

const SEARCH_LIMIT = 50;

export const catalogueSearchSchema = z.object({
  q: z
    .string()
    .trim()
    .max(80, { error: "Search words must be 80 characters or fewer." })
    .optional()
    .transform((q) => q ?? ""),
});

export const saleSwitchSchema = z.object({
  slug: z
    .string({ error: "Choose an occupation." })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "Choose an occupation from the list." })
    .max(120),
  // The state asked for, not "toggle": a form left open on a stale page cannot flip it back.
  onSale: z.enum(["yes", "no"], { error: "Choose whether the Blueprint is on sale." }).transform((v) => v === "yes"),
  reason: z
    .string({ error: "Say why, so the next editor knows." })
    .trim()
    .min(10, { error: "Say why in at least 10 characters, so the next editor knows." })
    .max(500, { error: "Keep the reason under 500 characters." }),
});

export type StaffCatalogueRow = {
  slug: string;
  title: string;
  origin: BlueprintEdition;
  socCode: string | null;
  /** Staff's switch. */
  switchOn: boolean;
  /** Whether it sells, after the switch and the content rules; and why not. */
  onSale: boolean;
  offSaleReason: string | null;
  lastChange: { at: Date; actor: string; action: CatalogueAuditAction; reason: string } | null;
};

type Row = {
  slug: string;
  title: string;
  origin: BlueprintEdition;
  socCode: string | null;
  blueprintOnSale: boolean;
  content: OccupationContent;
  skills: string[];
  changedAt: Date | null;
  changedBy: string | null;
  changeAction: CatalogueAuditAction | null;
  changeReason: string | null;
};

/** `%`, `_` and `\` typed into the box are matched as themselves. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Occupations for the catalogue page: titles containing the words typed, or — with nothing typed —
 * every role staff have taken off sale, so they are never lost. Each with its sale state and the
 * last switch change (who, when, why).
 */
export async function findStaffCatalogue(q: string): Promise<StaffCatalogueRow[]> {
  const sql = getSql();
  const rows = await sql<Row[]>`
    select o.slug, o.title, o.origin, o.soc_code as "socCode", o.blueprint_on_sale as "blueprintOnSale", o.content,
      array(select s.skill from occupation_skills s where s.occupation_id = o.id) as skills,
      a.created_at as "changedAt", a.action as "changeAction", a.detail->>'reason' as "changeReason",
      coalesce((select u.email from staff_users u where u.id::text = substr(a.actor, 7)), a.actor) as "changedBy"
    from occupations o
    left join lateral (
      select e.created_at, e.action, e.detail, e.actor from staff_audit_events e
      where e.action = any(${[...CATALOGUE_AUDIT_ACTIONS]}::text[]) and e.detail->>'slug' = o.slug
      order by e.created_at desc, e.id desc limit 1
    ) a on true
    where ${q ? sql`(o.title ilike ${likePattern(q)} or o.slug ilike ${likePattern(q.replace(/\s+/g, "-"))})` : sql`not o.blueprint_on_sale`}
    order by o.title limit ${SEARCH_LIMIT}`;
  return rows.map((r) => {
    const sale = blueprintSaleOf(r, r.skills);
    return {
      slug: r.slug,
      title: r.title,
      origin: r.origin,
      socCode: r.socCode,
      switchOn: r.blueprintOnSale,
      onSale: sale.onSale,
      offSaleReason: sale.onSale ? null : offSaleExplanation(sale.reason),
      lastChange:
        r.changedAt && r.changeAction
          ? { at: r.changedAt, actor: r.changedBy ?? "unknown", action: r.changeAction, reason: r.changeReason ?? "" }
          : null,
    };
  });
}

export type CatalogueAuditEntry = {
  id: number;
  at: Date;
  actor: string;
  action: CatalogueAuditAction;
  title: string;
  slug: string;
  reason: string;
};

/** The latest switch changes, newest first. */
export async function recentCatalogueAudit(limit = 20): Promise<CatalogueAuditEntry[]> {
  return getSql()<CatalogueAuditEntry[]>`
    select e.id, e.created_at as at, e.action, e.detail->>'title' as title, e.detail->>'slug' as slug, e.detail->>'reason' as reason,
      coalesce((select u.email from staff_users u where u.id::text = substr(e.actor, 7)), e.actor) as actor
    from staff_audit_events e
    where e.action = any(${[...CATALOGUE_AUDIT_ACTIONS]}::text[])
    order by e.created_at desc, e.id desc limit ${limit}`;
}

export type SaleSwitchOutcome =
  { ok: true; message: string } | { ok: false; status: 400 | 403 | 404 | 409; message: string; fieldErrors: Record<string, string> };

/**
 * Takes one role's Blueprint off sale, or puts it back, with the reason: a conditional update (only
 * from the other state) and its audit row in one transaction, so a double submit or a stale page
 * changes nothing and records nothing. Orders already paid are not touched: their buyers keep the
 * Blueprint, and the result page tells whoever holds the link that it was bought.
 */
export async function setBlueprintOnSale(staff: StaffIdentity, form: FormData): Promise<SaleSwitchOutcome> {
  if (!can(staff.role, "manageCatalogue"))
    return { ok: false, status: 403, message: "Only admins take Blueprints off sale.", fieldErrors: {} };
  const parsed = saleSwitchSchema.safeParse(formObject(form));
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return { ok: false, status: 400, message: errors.reason ?? errors.onSale ?? errors.slug ?? "Check the form.", fieldErrors: errors };
  }
  const { slug, onSale, reason } = parsed.data;
  return getSql().begin(async (tx): Promise<SaleSwitchOutcome> => {
    const [changed] = await tx<{ id: number; title: string }[]>`
      update occupations set blueprint_on_sale = ${onSale}, updated_at = now()
      where slug = ${slug} and blueprint_on_sale = ${!onSale}
      returning id, title`;
    if (!changed) {
      const [existing] = await tx<{ title: string }[]>`select title from occupations where slug = ${slug}`;
      if (!existing) return { ok: false, status: 404, message: "There is no occupation with that address.", fieldErrors: {} };
      return {
        ok: false,
        status: 409,
        message: `The Blueprint for ${existing.title} is already ${onSale ? "on" : "off"} sale (someone may have changed it since this page loaded). Nothing was changed.`,
        fieldErrors: {},
      };
    }
    const action: CatalogueAuditAction = onSale ? "blueprint_put_on_sale" : "blueprint_taken_off_sale";
    await tx`
      insert into staff_audit_events (actor, action, target_staff_user_id, detail)
      values (${`staff:${staff.userId}`}, ${action}, null, ${tx.json({ occupationId: changed.id, slug, title: changed.title, reason })})`;
    // server/page-cache.ts keeps public reports for up to 30 seconds; checkout reads the row itself.
    const cached = "The public report may show the previous offer for up to 30 seconds.";
    return {
      ok: true,
      message: onSale
        ? `The Blueprint for ${changed.title} is back on sale, if its data meets the rules. ${cached}`
        : `The Blueprint for ${changed.title} is off sale: checkout refuses it from now on; buyers who already paid keep theirs. ${cached}`,
    };
  });
}
