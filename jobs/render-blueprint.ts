import { createHash } from "node:crypto";
import { getDb, getSql } from "../db/client";
import { loadBlueprintInput } from "../app/orders/blueprint-input.server";
import { getEnv } from "../lib/env";
import { applyOrderEvent } from "../app/orders/transitions.server";
import { logger } from "../lib/logger";
import { metrics } from "../lib/metrics";
import { renderBlueprintPdf } from "../pdf/render";
import type { OrderJobData } from "../lib/queue";

/**
 * paid → rendering → (awaiting_review | sending); always awaiting_review when the role has been
 * taken off sale since checkout. The PDF is rendered outside any transaction
 * (it takes a second); storing it and moving the order happen together, and only if the order is
 * still rendering — a refund that arrived meanwhile wins. A worker killed mid-render leaves the
 * order in `rendering`; the retried job renders again from there.
 */
export async function renderBlueprintJob({ orderId }: OrderJobData): Promise<void> {
  const sql = getSql();
  await sql.begin((tx) => applyOrderEvent(tx, orderId, { type: "render_started" }, "worker"));
  const [order] = await sql<{ status: string }[]>`select status from orders where id = ${orderId}`;
  if (order?.status !== "rendering") return;

  const input = await loadBlueprintInput(getDb(), orderId);
  if (!input) throw new Error("The order's result or occupation is missing, so the blueprint cannot be made.");
  const { pdf, pageCount, renderMs, overflowingPages } = await renderBlueprintPdf(input);
  // Every page is designed to fit; if one did not, the buyer still gets all of it on extra sheets,
  // and the team needs to know which page to fix.
  if (overflowingPages.length)
    logger.warn({ orderId, overflowingPages, pageCount }, "blueprint page content outgrew A4; rendered with extra sheets");
  const sha256 = createHash("sha256").update(pdf).digest("hex");
  metrics.pdfRender.observe(renderMs / 1000);

  await sql.begin(async (tx) => {
    const [current] = await tx<{ status: string; onSale: boolean }[]>`
      select o.status, oc.blueprint_on_sale as "onSale"
      from orders o join occupations oc on oc.id = o.occupation_id where o.id = ${orderId} for update of o`;
    if (current?.status !== "rendering") return;
    // Staff take a role off sale when an editor finds bad data in it; a buyer who was already on the
    // payment page still pays, so their Blueprint waits for a person instead of going out as is.
    const held = !current.onSale;
    if (held) logger.warn({ orderId }, "role taken off sale after checkout began: blueprint held for review");
    const [next] = await tx<{ version: number }[]>`
      select coalesce(max(version), 0)::int + 1 as version from blueprints where order_id = ${orderId}`;
    const version = next!.version;
    await tx`
      insert into blueprints (order_id, version, pdf, sha256, page_count, byte_size, render_ms)
      values (${orderId}, ${version}, ${pdf}, ${sha256}, ${pageCount}, ${pdf.length}, ${Math.round(renderMs)})`;
    await applyOrderEvent(tx, orderId, { type: "rendered", reviewMode: held ? "manual" : getEnv().reviewMode }, "worker", {
      ...(held ? { heldForReview: "The role was taken off sale after this buyer's checkout began." } : {}),
      version,
      pageCount,
      sha256,
      bytes: pdf.length,
      renderMs: Math.round(renderMs),
    });
  });
}
