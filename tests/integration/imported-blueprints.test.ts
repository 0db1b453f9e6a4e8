/**
 * Quality at scale (issue 17 item 6): a generated buyer for every occupation of the real import
 * (read by path from ../shared/data, or RESEARCH_DATA_DIR; skipped where the files are absent),
 * assessed and loaded as a paid order would be, and held to every Blueprint invariant the curated
 * roles are (tests/support/blueprint-invariants.ts) plus the imported edition's own: sector
 * employers, library resources, a source for every pay figure, entry routes and long-term paths
 * placed once. One buyer per SOC major group is rendered for real: 15 A4 sheets, none overflowing.
 * RENDER_ALL_IMPORTED=1 renders every one instead (about four minutes on the shared 2-core machine).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blueprintSaleOf } from "../../app/catalogue/blueprint-sale.server";
import { createSql, type Sql } from "../../db/client";
import { importCatalogue } from "../../db/import";
import { seedCatalogue } from "../../db/seed/seed";
import { socMajorGroupOf } from "../../domain/sector-employers";
import type { BlueprintInput } from "../../pdf/blueprint-input";
import { buildModel } from "../../pdf/blueprint-model";
import { blsSourceUrl } from "../../domain/pay-ratio";
import { closeRenderPool, renderBlueprintPdf } from "../../pdf/render";
import { pageHeights } from "../../pdf/render-document";
import { A4 } from "../../pdf/styles";
import { BLUEPRINT_INVARIANTS, pageData, stringsOf, type Buyer } from "../support/blueprint-invariants";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { importedBuyerInput, importedOccupations } from "../support/imported-buyers";
import { IMPORTED_INVARIANTS } from "../support/imported-invariants";

const DATA = process.env.RESEARCH_DATA_DIR ?? path.resolve(import.meta.dirname, "../../../shared/data");
const GPTS = path.join(DATA, "gpts-are-gpts");
const APPLICABILITY = path.join(DATA, "working-with-ai/soc_ai_applicability_scores.csv");
const RENDER_ALL = process.env.RENDER_ALL_IMPORTED === "1";

// pdfkit writes each link as an annotation pointing at a URI action.
const linkTargets = (pdf: Uint8Array) =>
  [
    ...Buffer.from(pdf)
      .toString("latin1")
      .matchAll(/\/S \/URI\s*\/URI \(([^)]*)\)/g),
  ].map((m) => m[1]!);

describe.skipIf(!existsSync(path.join(GPTS, "occ_level.csv")))(
  "the Blueprint of every imported occupation, for a generated buyer each",
  () => {
    let t: TestDatabase;
    let sql: Sql;
    const inputs: BlueprintInput[] = [];
    let buyers: Buyer[] = [];
    const dir = mkdtempSync(path.join(os.tmpdir(), "imported-blueprints-"));

    beforeAll(async () => {
      t = await createTestDatabase();
      await seedCatalogue(t.db);
      sql = createSql(t.url, { max: 2 });
      await importCatalogue(sql, { gptsDir: GPTS, applicabilityCsv: APPLICABILITY });
      const occupations = await importedOccupations(t.db);
      for (const [i, o] of occupations.entries()) inputs.push(await importedBuyerInput(t.db, o, 1000 + i));
      buyers = inputs.map((input) => {
        const model = buildModel(input);
        const { answers } = input;
        const name = `${input.occupation.slug} ${answers.experience.seniority} ${answers.goals.goal} ${answers.goals.hoursPerWeek}h ${answers.goals.region}`;
        return { name, model, strings: stringsOf(pageData(model)) };
      });
    }, 600_000);

    afterAll(async () => {
      await closeRenderPool();
      await sql?.end();
      await t?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    /** Runs `check` for every buyer, collecting failures so one run lists them all. */
    function everyBuyer(check: (b: Buyer) => string[]) {
      const failures = buyers.flatMap((b) => check(b).map((f) => `${b.name}: ${f}`));
      expect(failures.slice(0, 10)).toEqual([]);
    }

    it("builds one for each of the 916 imported occupations, every one on sale, across all 22 SOC major groups", async () => {
      expect(buyers).toHaveLength(916);
      const skills = await sql<{ occupation_id: number; skill: string }[]>`select occupation_id, skill from occupation_skills`;
      const bySkill = new Map<number, string[]>();
      for (const s of skills) bySkill.set(s.occupation_id, [...(bySkill.get(s.occupation_id) ?? []), s.skill]);
      const offSale = inputs.filter(
        ({ occupation: o }) =>
          !blueprintSaleOf(
            { origin: "imported", blueprintOnSale: true, socCode: o.socCode ?? null, content: o.content },
            bySkill.get(o.id) ?? [],
          ).onSale,
      );
      expect(offSale.map((i) => i.occupation.slug)).toEqual([]);
      expect(new Set(inputs.map((i) => socMajorGroupOf(i.occupation.socCode!))).size).toBe(22);
      expect(new Set(buyers.map((b) => `${b.model.input.answers.goals.goal}/${b.model.input.answers.experience.seniority}`)).size).toBe(12);
    });

    for (const { name, check } of [...BLUEPRINT_INVARIANTS, ...IMPORTED_INVARIANTS]) it(name, () => everyBuyer(check));

    it(
      `renders ${RENDER_ALL ? "every one" : "one buyer per SOC major group"} on 15 A4 sheets, none overflowing, nothing clipped, every resource and BLS source a link`,
      { timeout: 900_000 },
      async () => {
        const sample = RENDER_ALL ? inputs : [...new Map(inputs.map((i) => [socMajorGroupOf(i.occupation.socCode!), i])).values()];
        const failures: string[] = [];
        let next = 0;
        // Two renders in flight keep the pool's threads busy without queueing the whole sample at once.
        const worker = async () => {
          while (next < sample.length) {
            const input = sample[next++]!;
            const rendered = await renderBlueprintPdf(input);
            const name = input.occupation.slug;
            if (rendered.pageCount !== 15) failures.push(`${name}: ${rendered.pageCount} pages`);
            if (rendered.overflowingPages.length)
              failures.push(`${name}: page ${rendered.overflowingPages.join(", ")} overflows its sheet`);
            if (!pageHeights(rendered.pdf).every((h) => Math.abs(h - A4.height) < 0.5)) failures.push(`${name}: a sheet is not A4`);
            const file = path.join(dir, `${name.slice(0, 60)}.pdf`);
            writeFileSync(file, rendered.pdf);
            const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
            if (text.includes("…")) failures.push(`${name}: an ellipsis`);
            // A buyer has no numbered task list to look "task 28" up in.
            for (const m of text.matchAll(/\btasks? \d+\b/gi)) failures.push(`${name}: “${m[0]}” printed`);
            const links = new Set(linkTargets(rendered.pdf));
            const model = buildModel(input);
            for (const r of [...model.plan.inPlan, ...model.plan.beyond])
              if (r.url && !links.has(r.url)) failures.push(`${name}: ${r.title} not linked`);
            const wages = input.occupation.usWages;
            if (wages && !input.occupation.content.salary && !links.has(blsSourceUrl(wages)))
              failures.push(`${name}: BLS source not linked`);
          }
        };
        await Promise.all([worker(), worker()]);
        expect(failures).toEqual([]);
      },
    );
  },
);
