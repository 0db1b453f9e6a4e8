import { requireStaff } from "../staff/auth.server";
import { funnelRangeSchema } from "../staff/funnel.server";
import { ordersCsv } from "../staff/funnel-money.server";
import type { Route } from "./+types/staff.funnel-orders-csv";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

/** The bookkeeper's CSV of orders whose money moved in the range; admins only. */
export async function loader({ request }: Route.LoaderArgs) {
  await requireStaff(request, "finance");
  const parsed = funnelRangeSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return text(parsed.error.issues[0]?.message ?? "Choose a valid date range.", 400);
  const { from, to } = parsed.data;
  return new Response(await ordersCsv(parsed.data), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="career-pivot-orders-${from}-to-${to}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const action = async ({ request }: Route.ActionArgs) => {
  await requireStaff(request);
  return text("This address does not accept form posts.", 405);
};
