import { data, Form } from "react-router";
import { requireStaff } from "../staff/auth.server";
import {
  catalogueSearchSchema,
  findStaffCatalogue,
  recentCatalogueAudit,
  setBlueprintOnSale,
  type CatalogueAuditAction,
} from "../staff/catalogue.server";
import { staffHeaders } from "../staff/route-helpers.server";
import { Notice, ScrollBox, STAFF_INPUT, when, TableHead } from "../staff/ui";
import type { Route } from "./+types/staff.catalogue";

export async function loader({ request }: Route.LoaderArgs) {
  await requireStaff(request, "manageCatalogue");
  const parsed = catalogueSearchSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw data({ message: parsed.error.issues[0]?.message ?? "Check the search words." }, { status: 400 });
  const [occupations, audit] = await Promise.all([findStaffCatalogue(parsed.data.q), recentCatalogueAudit()]);
  return { q: parsed.data.q, occupations, audit };
}

export async function action({ request }: Route.ActionArgs) {
  const admin = await requireStaff(request, "manageCatalogue");
  const outcome = await setBlueprintOnSale(admin, await request.formData().catch(() => new FormData()));
  return data(outcome, { status: outcome.ok ? 200 : outcome.status });
}

export const headers = staffHeaders;
export const meta = () => [{ title: "Catalogue · Staff · Career Pivot" }, { name: "robots", content: "noindex, nofollow" }];

const AUDIT_LABELS: Record<CatalogueAuditAction, string> = {
  blueprint_taken_off_sale: "Took off sale",
  blueprint_put_on_sale: "Put back on sale",
};

export default function StaffCatalogue({ loaderData, actionData }: Route.ComponentProps) {
  const { q, occupations, audit } = loaderData;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold">Catalogue: Blueprints on sale</h1>
      <p className="mt-2 max-w-3xl text-sm">
        Take one role&apos;s £49 Blueprint off sale when its data looks wrong, and put it back once fixed. Checkout refuses an off-sale role
        at once; buyers who already paid keep their Blueprint. Every change is recorded with who, when and why.
      </p>
      {actionData ? <Notice tone={actionData.ok ? "ok" : "error"}>{actionData.message}</Notice> : null}

      <Form method="get" className="mt-6 flex max-w-xl flex-wrap items-end gap-3" role="search">
        <div className="grow">
          <label htmlFor="q" className="block font-semibold">
            Job title
          </label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={80} className={STAFF_INPUT} />
        </div>
        <button type="submit" className="rounded-md bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-strong">
          Search
        </button>
      </Form>

      <h2 className="mt-8 text-xl font-bold">{q ? `Occupations matching “${q}”` : "Roles staff have taken off sale"}</h2>
      {occupations.length === 0 ? (
        <p className="mt-3 text-muted">{q ? "No occupation title contains those words." : "None: every role's switch is on."}</p>
      ) : (
        <ScrollBox label="Occupations and their Blueprint sale" className="mt-3">
          <table className="w-full border-collapse text-left text-sm">
            <TableHead columns={["Occupation", "Blueprint", "Last change", "Switch"]} />
            <tbody>
              {occupations.map((o) => (
                <tr key={o.slug} className="border-b border-line align-top">
                  <td className="py-2 pr-3">
                    <a href={`/occupations/${o.slug}`} className="font-semibold text-accent-strong underline">
                      {o.title}
                    </a>
                    <span className="block text-muted">
                      {o.origin === "curated" ? "Curated" : "Imported"}
                      {o.socCode ? ` · ${o.socCode}` : ""}
                    </span>
                  </td>
                  <td className="py-2 pr-3">
                    {o.onSale ? (
                      <span className="font-semibold text-risk-low">On sale</span>
                    ) : (
                      <span>
                        <span className="font-semibold text-risk-high">Off sale.</span> {o.offSaleReason}
                      </span>
                    )}
                  </td>
                  <td className="py-2 pr-3">
                    {o.lastChange ? (
                      <>
                        {AUDIT_LABELS[o.lastChange.action]} by {o.lastChange.actor}, {when(o.lastChange.at)}: “{o.lastChange.reason}”
                      </>
                    ) : (
                      <span className="text-muted">Never changed</span>
                    )}
                  </td>
                  <td className="py-2 pr-3">
                    <Form method="post" className="grid min-w-64 gap-2">
                      <input type="hidden" name="slug" value={o.slug} />
                      <input type="hidden" name="onSale" value={o.switchOn ? "no" : "yes"} />
                      <label htmlFor={`reason-${o.slug}`} className="font-semibold">
                        Why?
                      </label>
                      <textarea
                        id={`reason-${o.slug}`}
                        name="reason"
                        required
                        minLength={10}
                        maxLength={500}
                        rows={2}
                        className={STAFF_INPUT}
                      />
                      <button type="submit" className="rounded border border-line bg-surface px-2 py-1 font-semibold text-accent-strong">
                        {o.switchOn ? `Take ${o.title} off sale` : `Put ${o.title} back on sale`}
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}

      <h2 className="mt-10 text-xl font-bold">Recent changes</h2>
      {audit.length === 0 ? (
        <p className="mt-3 text-muted">None yet.</p>
      ) : (
        <ScrollBox label="Recent changes to Blueprint sales" className="mt-3">
          <table className="w-full border-collapse text-left text-sm">
            <TableHead columns={["When", "Who", "What", "Occupation", "Why"]} />
            <tbody>
              {audit.map((e) => (
                <tr key={e.id} className="border-b border-line align-top">
                  <td className="py-2 pr-3 whitespace-nowrap">{when(e.at)}</td>
                  <td className="py-2 pr-3 break-all">{e.actor}</td>
                  <td className="py-2 pr-3">{AUDIT_LABELS[e.action]}</td>
                  <td className="py-2 pr-3">{e.title}</td>
                  <td className="py-2 pr-3">{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </div>
  );
}
