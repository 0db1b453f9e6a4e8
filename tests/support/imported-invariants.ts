/**
 * What an imported role's Blueprint must hold besides the shared invariants (issue 17 item 6):
 * sector employers for every role it names, library resources in the plan, and a source for every
 * pay figure. Each returns what it found wrong, in words.
 */
import { selectEmployersPage } from "../../pdf/pages/employers.data";
import { selectLongTerm, selectRoutes } from "../../pdf/pages/entry-routes.data";
import { selectPivotPage } from "../../pdf/pages/pivot.data";
import { selectPlanPage } from "../../pdf/pages/plan.data";
import { selectSalaryPage } from "../../pdf/pages/salary.data";
import { selectSkillGapPage } from "../../pdf/pages/skill-gap.data";
import { selectSummaryPage } from "../../pdf/pages/summary.data";
import { MIN_BLUEPRINT_EMPLOYERS } from "../../domain/blueprint-availability";
import { pageData, stringsOf, type Invariant } from "./blueprint-invariants";

export const IMPORTED_INVARIANTS: readonly Invariant[] = [
  {
    name: "quotes every task by a short label that reads as a phrase, never by a number or a whole long O*NET statement",
    check: ({ model, strings }) => {
      const out: string[] = [];
      for (const s of strings) if (/\btasks? \d+\b/i.test(s)) out.push(`numbered task: ${s.slice(0, 160)}`);
      const roles = [model.input.occupation, ...model.input.pivotTargets];
      const long = new Set(roles.flatMap((r) => r.tasks.map((t) => t.name.replace(/\.$/, "")).filter((n) => n.length > 80)));
      for (const s of strings)
        for (const [, quoted] of s.matchAll(/[“‘]([^”’]+)[”’]/g))
          if (long.has(quoted!.replace(/\.$/, ""))) out.push(`whole statement quoted: ${quoted}`);
      for (const t of [...model.tasks, ...model.planTasks]) {
        if (t.label.length > 80) out.push(`label of ${t.label.length} characters: ${t.label}`);
        if (/\b(and|or|of|the|to|for|with|in)$/.test(t.label) || /[.,;:]$/.test(t.label)) out.push(`label ends badly: ${t.label}`);
      }
      return out;
    },
  },
  {
    name: "names each imported role in the singular, and several people in it by the catalogue's plural (never an appended s)",
    check: ({ model }) => {
      const out: string[] = [];
      const roles = [model.input.occupation, ...model.input.pivotTargets].filter((r) => r.origin === "imported");
      for (const p of model.paths)
        if (p.target && p.title !== p.target.title) out.push(`path “${p.title}” is not its role's title “${p.target.title}”`);
      const texts = stringsOf(pageData(model));
      for (const role of roles) {
        const doubled = `${role.pluralTitle}s`;
        const appended = role.title.endsWith("s") ? null : `${role.title}ss`;
        for (const t of texts)
          if (t.includes(doubled) || (appended && t.includes(appended))) out.push(`doubled plural in “${t.slice(0, 120)}”`);
      }
      return out;
    },
  },
  {
    name: "names at least five sector employers with a careers link for every imported role, and lists each path's on page 14",
    check: ({ model }) => {
      const out: string[] = [];
      for (const role of [model.input.occupation, ...model.input.pivotTargets]) {
        if (role.origin !== "imported") continue;
        const employers = role.content.employers ?? [];
        if (employers.length < MIN_BLUEPRINT_EMPLOYERS) out.push(`${role.title}: ${employers.length} employers`);
        if (!role.employerSector) out.push(`${role.title}: no employer sector`);
        for (const e of employers) if (!e.careersUrl?.startsWith("https://")) out.push(`${e.name}: careers link ${e.careersUrl}`);
      }
      const page = selectEmployersPage(model);
      for (const c of page.columns) if (c.employers.length === 0) out.push(`page 14 column “${c.title}” is empty`);
      const listed = new Set(page.columns.flatMap((c) => [c.title, ...(c.forTitles ?? [])]));
      const shown = model.pivots.filter((p) => p.target).slice(0, model.planPath.kind === "stay" ? 2 : 3);
      for (const p of shown)
        if (!listed.has(p.pivot.title) && !listed.has(p.target!.title)) out.push(`page 14 does not list ${p.target!.title}`);
      return out;
    },
  },
  {
    name: "plans with named library resources, each with hours, cost and a link",
    check: ({ model }) => {
      const { plan } = model;
      const out: string[] = [];
      const named = [...plan.inPlan, ...plan.beyond];
      if (named.length === 0) out.push("no named resource in the plan");
      for (const r of named) {
        if (!r.url?.startsWith("https://")) out.push(`${r.title}: link ${r.url}`);
        if (!(r.approxHours > 0) || !(r.approxCostGbp >= 0)) out.push(`${r.title}: ${r.approxHours} h, £${r.approxCostGbp}`);
      }
      for (const role of [model.input.occupation, ...model.input.pivotTargets])
        if (!role.content.learningResources?.length) out.push(`${role.title}: no learning resources`);
      return out;
    },
  },
  {
    name: "sources every pay figure: BLS with its page for dollars and ratios, the UK source for pounds, and no pound figure of its own making",
    check: ({ model }) => {
      const out: string[] = [];
      const page = selectSalaryPage(model);
      for (const row of page.rows) {
        if (!row.band) continue;
        const source = page.sources.find((s) => s.key === String(row.key));
        if (!source) out.push(`${row.label}: no source`);
        else if (row.scope === "US (BLS)" && !/^https:\/\/www\.bls\.gov\/oes\/2021\/may\//.test(source.url ?? ""))
          out.push(`${row.label}: BLS source without its page (${source.url})`);
        else if (row.scope === "US (BLS)" && !/^BLS OEWS May 2021, .*SOC \d\d-\d{4} \((detailed occupation|broad group)/.test(source.text))
          out.push(`${row.label}: source says ${source.text}`);
        if (row.scope === "US (BLS)" && /£/.test(`${row.band.p25}${row.band.median}${row.band.p75}`))
          out.push(`${row.label}: a US row in pounds`);
        // A pound figure on a US row is only ever the buyer's band times a ratio.
        if (row.scope === "US (BLS)" && /£/.test(row.versus) && !(/× yours: /.test(row.versus) || /^your band: /.test(row.versus)))
          out.push(`${row.label}: ${row.versus}`);
      }
      if (model.input.occupation.usWages && !model.input.occupation.content.salary && !/US/.test(page.regional))
        out.push(`page 13 does not say which figures are US: ${page.regional}`);
      for (const i of [0, 1, 2]) {
        const p = selectPivotPage(model, i);
        if (p.kind === "none" || !p.pay) continue;
        if (/[£$×]/.test(p.pay) && !/BLS OEWS May 2021|page 13/i.test(p.pay)) out.push(`path ${i + 1} pay without a source: ${p.pay}`);
      }
      return out;
    },
  },
  {
    name: "shows the entry routes into another field and the stored long-term paths, each on exactly one page, with working links",
    check: ({ model }) => {
      const out: string[] = [];
      const plans = ([1, 2, 3] as const).map((p) => selectPlanPage(model, p));
      const summary = selectSummaryPage(model);
      const routes = selectRoutes(model);
      const routePages = [summary.routes, selectSkillGapPage(model).routes, ...plans.map((p) => p.routes)].filter(Boolean).length;
      if (routePages !== (routes ? 1 : 0)) out.push(`entry routes on ${routePages} pages`);
      for (const r of routes?.routes ?? []) if (!r.url.startsWith("https://")) out.push(`${r.title}: link ${r.url}`);
      const longTerm = selectLongTerm(model);
      const longPages = [summary.longTerm, ...plans.map((p) => p.longTerm)].filter(Boolean).length;
      if (longPages !== (longTerm ? 1 : 0)) out.push(`long-term paths on ${longPages} pages`);
      return out;
    },
  },
];
