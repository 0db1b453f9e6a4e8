/**
 * The Blueprint's consistency invariants, one function per invariant over a buyer's model and
 * the words its pages print (issue 16), shared by the property test over generated buyers of the
 * curated roles and the run over every imported occupation (issue 17). Each returns what it
 * found wrong, in words, so one run lists every failure.
 */
import indefinite from "indefinite";
import { PROJECTS, SMALL_PROJECT_HOURS } from "../../domain/blueprint-plan-content";
import { hoursBetween, WEEKS } from "../../domain/blueprint-plan";
import { suits, resourceLevel } from "../../domain/blueprint-resources";
import type { BlueprintModel } from "../../pdf/blueprint-model";
import { selectCoverPage } from "../../pdf/pages/cover.data";
import { selectEmployersPage } from "../../pdf/pages/employers.data";
import { selectExposurePage } from "../../pdf/pages/exposure.data";
import { selectMethodPage } from "../../pdf/pages/method.data";
import { selectPivotPage } from "../../pdf/pages/pivot.data";
import { selectPlanPage } from "../../pdf/pages/plan.data";
import { selectSalaryPage } from "../../pdf/pages/salary.data";
import { selectSkillGapPage } from "../../pdf/pages/skill-gap.data";
import { selectSummaryPage } from "../../pdf/pages/summary.data";
import { selectTasksPage, verdictFor } from "../../pdf/pages/tasks.data";
import { selectWindowPage } from "../../pdf/pages/window.data";

export type Buyer = { name: string; model: BlueprintModel; strings: string[] };
export type Invariant = { name: string; check: (b: Buyer) => string[] };

/** Every string inside a value, with where it sits, so a failure points at the field. */
export function stringsOf(value: unknown, path = ""): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => stringsOf(v, `${path}.${k}`));
  return [];
}

/** Everything the pages print apart from fixed copy: the page selectors' output. */
export function pageData(model: BlueprintModel) {
  return {
    cover: selectCoverPage(model),
    summary: selectSummaryPage(model),
    exposure: selectExposurePage(model),
    tasks: selectTasksPage(model),
    window: selectWindowPage(model),
    paths: [0, 1, 2].map((i) => selectPivotPage(model, i)),
    skills: selectSkillGapPage(model),
    plan: ([1, 2, 3] as const).map((p) => selectPlanPage(model, p)),
    salary: selectSalaryPage(model),
    employers: selectEmployersPage(model),
    method: selectMethodPage(model),
  };
}

export const BLUEPRINT_INVARIANTS: readonly Invariant[] = [
  {
    name: "calls only the highest match the highest, and ranks the in-role path first for a future-proof buyer",
    check: ({ model }) => {
      const moves = model.paths.filter((p) => p.kind !== "stay");
      const max = Math.max(...moves.map((p) => p.matchPercent));
      const out: string[] = [];
      if (moves.length && model.strongest?.matchPercent !== max) out.push(`strongest ${model.strongest?.matchPercent} but max ${max}`);
      if (moves.filter((p) => p.highestMatch).length !== (moves.length ? 1 : 0)) out.push("not exactly one highest match");
      if (model.input.answers.goals.goal === "future-proof" && model.paths[0]?.kind !== "stay")
        out.push("future-proof buyer not shown the in-role path first");
      const summary = selectSummaryPage(model);
      if (summary.steps.some((s) => /highest skill match/.test(s.body)) && !model.planPath.highestMatch)
        out.push("summary calls a lower match the highest");
      return out;
    },
  },
  {
    name: "never calls a skill the buyer's week uses 'not part of your role', and shows ratings as given",
    check: ({ model, strings }) => {
      const out = strings.filter((s) => /not part of your (current )?role/.test(s));
      for (const t of model.tasks.filter((t) => t.sharePercent > 0)) {
        for (const skill of t.skills) {
          const l = model.levelOf(skill);
          if (l.level === 0 || l.source === "none") out.push(`${skill} is used by “${t.name}” but shown as ${l.text}`);
        }
      }
      for (const r of model.input.answers.skills.ratings) {
        const l = model.levelOf(r.skill);
        if (l.level !== r.rating || l.source !== "rated") out.push(`${r.skill} rated ${r.rating} shown as ${l.level} (${l.source})`);
      }
      for (const row of selectSkillGapPage(model).rows)
        if (row.have !== model.levelOf(row.skill).level) out.push(`matrix shows ${row.skill} at ${row.have}`);
      return out;
    },
  },
  {
    name: "plans exactly the hours the buyer has, and no resource beyond the hours given to its skill",
    check: ({ model }) => {
      const { plan } = model;
      const hours = model.input.answers.goals.hoursPerWeek;
      const out: string[] = [];
      if (plan.totalHours !== hours * WEEKS) out.push(`total ${plan.totalHours}`);
      for (const w of plan.weeks) {
        const sum = w.actions.reduce((s, a) => s + a.hours, 0);
        if (sum !== hours) out.push(`week ${w.week} has ${sum} h`);
      }
      for (const r of plan.inPlan) {
        const learn = plan.weeks
          .flatMap((w) => w.actions)
          .filter((a) => a.kind === "learn" && a.skill === r.skill)
          .reduce((s, a) => s + a.hours, 0);
        if (r.approxHours > learn) out.push(`${r.title} needs ${r.approxHours} h, plan gives ${learn}`);
      }
      if (plan.inPlan.reduce((s, r) => s + r.approxHours, 0) > plan.totalHours) out.push("resources exceed the plan");
      return out;
    },
  },
  {
    name: "starts no resource twice and gives no entry-level resource to someone past it",
    check: ({ model }) => {
      const { plan } = model;
      const out: string[] = [];
      const titles = [...plan.inPlan, ...plan.beyond].map((r) => r.title);
      if (new Set(titles).size !== titles.length) out.push(`resource listed twice: ${titles.join(", ")}`);
      const lines = plan.weeks.flatMap((w) => w.actions.map((a) => a.text));
      for (const r of plan.inPlan) {
        const starts = lines.filter((t) => t.includes(`: start “${r.title}”`) || t.includes(`: do “${r.title}”`)).length;
        if (starts !== 1) out.push(`${r.title} started ${starts} times`);
      }
      const seniority = model.input.answers.experience.seniority;
      // A resource named for later must be about the skill, not touch on it (a product book is no way to learn listening).
      for (const r of plan.beyond)
        if (r.skills[0] !== r.skill) out.push(`${r.title} named for ${r.skill}, its main subject is ${r.skills[0]}`);
      if (seniority === "junior")
        for (const l of lines.filter((t) => t.startsWith("Apply to "))) if (!l.includes("a junior ")) out.push(`a junior told: ${l}`);
      for (const r of [...plan.inPlan, ...plan.beyond]) {
        const focus = plan.focus.find((f) => f.skill === r.skill)!;
        if (!suits(r, focus.yourLevel, seniority))
          out.push(`${r.title} (${resourceLevel(r)}) for a ${seniority} at level ${focus.yourLevel}`);
      }
      return out;
    },
  },
  {
    name: "claims no level jump the hours cannot buy, and counts what it promises",
    check: ({ model }) => {
      const { plan } = model;
      const out: string[] = plan.claims
        .filter((c) => hoursBetween(c.from, c.to) > c.hours)
        .map((c) => `${c.skill} ${c.from}→${c.to} in ${c.hours} h`);
      const applies = plan.weeks.flatMap((w) => w.actions).filter((a) => a.kind === "apply").length;
      if (applies !== plan.applications.length) out.push(`${applies} apply steps, ${plan.applications.length} applications`);
      const promised = /sent to (\d+) named/.exec(plan.milestones.flatMap((m) => m.checks).join(" "));
      if (promised && Number(promised[1]) !== applies) out.push(`milestone promises ${promised[1]}, plan has ${applies}`);
      const projectLines = plan.weeks
        .flatMap((w) => w.actions)
        .filter((a) => a.kind === "project")
        .reduce((s, a) => s + a.hours, 0);
      if (projectLines !== plan.project.hours) out.push(`project ${plan.project.hours} h, lines ${projectLines} h`);
      return out;
    },
  },
  {
    name: "repeats no line of the plan, so no two weeks are alike",
    check: ({ model }) => {
      const lines = model.plan.weeks.flatMap((w) => w.actions.map((a) => a.text));
      const seen = new Set<string>();
      return lines.filter((l) => (seen.has(l) ? true : (seen.add(l), false))).map((l) => `repeated: ${l}`);
    },
  },
  {
    name: "names only the kind of move the buyer asked for as the one they asked for",
    check: ({ model, strings }) => {
      const goal = model.input.answers.goals.goal;
      return strings.flatMap((s) =>
        [
          ...s.matchAll(/the (adjacent|cross-domain|future-proof) move you asked for/g),
          ...s.matchAll(/You asked (?:for (?:an? )?|to )(adjacent|cross-domain|future-proof)/g),
        ]
          .filter((m) => m[1] !== goal)
          .map((m) => `asked for ${goal}, page says “${m[0]}”: ${s}`),
      );
    },
  },
  {
    name: "tells the same story about the buyer's most exposed task as page 4",
    check: ({ model }) => {
      const step = selectSummaryPage(model).steps[0];
      const a = model.automate;
      if (!a || !step) return [];
      const verdict = verdictFor(a.exposure, a.sharePercent).label;
      return step.title.startsWith("Hand") && verdict !== "Automate" ? [`summary hands over “${a.name}” but page 4 says ${verdict}`] : [];
    },
  },
  {
    name: "prints no truncation, no doubled word, no empty value and no broken copy",
    check: ({ strings }) =>
      strings.flatMap((s) => {
        const out: string[] = [];
        if (s.includes("…")) out.push(`ellipsis: ${s}`);
        const doubled = /\b(\w+) \1\b/i.exec(s);
        if (doubled && !/^\d+$/.test(doubled[1]!)) out.push(`doubled “${doubled[0]}”: ${s}`);
        if (/\b(undefined|null|NaN)\b/.test(s)) out.push(`empty value: ${s}`);
        if (/(?<![\d.])1 (points|pts|hours|years|weeks|resources|employers)\b/.test(s)) out.push(`plural: ${s}`);
        if (/mid-level level|is act now|act is act|\byou: you\b/i.test(s)) out.push(`broken copy: ${s}`);
        if ((s.match(/You asked/g) ?? []).length > 1) out.push(`says twice what the buyer asked for: ${s}`);
        const sentences = s.split(/(?<=[.!?])\s+/).filter((x) => x.length > 30);
        const again = sentences.find((x, i) => sentences.indexOf(x) !== i);
        if (again) out.push(`sentence repeated: ${again}`);
        if (/““|””/.test(s)) out.push(`nested quotes: ${s}`);
        // A quote opened inside the same kind of quote ("‘… of ‘Status updates’ …’") reads as two broken quotes.
        if (/‘[^’]*‘|“[^”]*“/.test(s)) out.push(`quote opened inside the same kind of quote: ${s}`);
        if (/[^.]\.\.(?!\.)/.test(s)) out.push(`double full stop: ${s}`);
        if (/\.” [a-z]/.test(s)) out.push(`full stop inside a quote mid-sentence: ${s}`);
        return out;
      }),
  },
  {
    name: "puts the right article before every role and skill name",
    check: ({ strings }) =>
      strings.flatMap((s) =>
        [...s.matchAll(/\b(a|an|A|An) ([A-Z][\w-]*)/g)]
          // Acronyms are said either way ("a RACI chart"), so only words are checked.
          .filter(([, article, word]) => word !== word!.toUpperCase() && indefinite(word!).split(" ")[0] !== article!.toLowerCase())
          .map(([m]) => `“${m}”: ${s}`),
      ),
  },
  {
    name: "varies its exercises: no two plan lines alike once skill, task, employer and resource names and numbers are set aside",
    check: ({ model }) => {
      const { plan } = model;
      const names = [
        ...plan.focus.map((f) => f.skill),
        ...model.tasks.map((t) => t.label),
        ...model.input.occupation.skills.map((s) => s.skill),
        ...(model.planPath.target?.tasks.map((t) => t.name) ?? []),
        ...(model.planPath.target?.content.employers?.map((e) => e.name) ?? []),
        ...[...plan.inPlan, ...plan.beyond].flatMap((r) => [r.title, r.provider]),
      ].sort((a, b) => b.length - a.length);
      const mask = (text: string) => names.reduce((t, n) => t.split(n).join("·"), text).replace(/\d+(\.\d+)?/g, "#");
      const seen = new Map<string, string>();
      const out: string[] = [];
      // Starting, continuing and finishing a named resource is a schedule, not a repeated exercise;
      // what follows "Then" in such a line is an exercise and is checked.
      const lines = plan.weeks.flatMap((w) =>
        w.actions.map((a) => (a.kind === "learn" && a.resource ? (a.text.split(" Then ")[1] ?? "") : a.text)),
      );
      for (const line of lines.filter((l) => l)) {
        const key = mask(line);
        if (seen.has(key)) out.push(`“${line}” repeats “${seen.get(key)}”`);
        else seen.set(key, line);
      }
      return out;
    },
  },
  {
    name: "names the same first employers on a path's page as page 14 lists for it, and never aims the plan at a move that is more exposed for no more pay",
    check: ({ model }) => {
      const out: string[] = [];
      const columns = selectEmployersPage(model).columns;
      [0, 1, 2].forEach((i) => {
        const page = selectPivotPage(model, i);
        if (page.kind !== "pivot" || !page.employers) return;
        const column = columns.find((c) => c.title === page.title);
        if (!column) return;
        const named = page.employerNames;
        const listed = column.employers.map((e) => e.name);
        const first = named.slice(0, Math.min(named.length, listed.length));
        if (first.join("|") !== listed.slice(0, first.length).join("|"))
          out.push(`path ${i + 1} names ${named.join(", ")}, page 14 lists ${listed.join(", ")}`);
      });
      if (model.planPath.fallback) out.push(`plan aims at ${model.planPath.title}, more exposed for no more pay`);
      const stayAt = model.paths.findIndex((p) => p.kind === "stay");
      if (model.paths.slice(0, stayAt).some((p) => p.fallback)) out.push("a move more exposed for no more pay is listed before staying");
      return out;
    },
  },
  {
    name: "compares pay on one basis: a path's page and page 13 give the same difference from the current role",
    check: ({ model }) => {
      if (model.input.answers.goals.salaryBand) return [];
      const salary = selectSalaryPage(model);
      const out: string[] = [];
      [0, 1, 2].forEach((i) => {
        const page = selectPivotPage(model, i);
        if (page.kind !== "pivot") return;
        const row = salary.rows.find((r) => r.label === page.title);
        const onPath = /(£[\d,]+) \(\d+%\) (more|less) at the median/.exec(page.pay);
        const onSalary = /median (£[\d,]+) (more|less)/.exec(row?.versus ?? "");
        if (!onPath && !onSalary) return;
        if (onPath?.[1] !== onSalary?.[1] || onPath?.[2] !== onSalary?.[2]) out.push(`path page: ${page.pay} / page 13: ${row?.versus}`);
      });
      return out;
    },
  },
  {
    name: "sizes the project to its hours and the advice to the buyer's seniority",
    check: ({ model }) => {
      const { plan } = model;
      const out: string[] = [];
      const idea = PROJECTS[model.planPath.target?.slug ?? ""];
      if (plan.shape !== "stay" && idea && plan.project.hours < SMALL_PROJECT_HOURS && plan.project.title !== idea.smallTitle) {
        out.push(`${plan.project.hours} h for “${plan.project.title}”`);
      }
      const senior = ["senior", "lead"].includes(model.input.answers.experience.seniority);
      const lines = plan.weeks.flatMap((w) => w.actions.map((a) => a.text));
      if (senior && lines.some((l) => l.startsWith("Ask to take on more"))) out.push("a senior is told to ask for more of their own work");
      // Teaching, coaching and reviewing others need the skill first.
      for (const w of plan.weeks) {
        const focus = plan.focus.find((f) => f.skill === w.focusSkill);
        if (!focus || focus.yourLevel >= 3) continue;
        for (const a of w.actions) {
          if (
            /coach them through it|run a 30-minute session for your team|review a colleague's work for it|set a standard for it/.test(
              a.text,
            )
          )
            out.push(`level ${focus.yourLevel} in ${focus.skill}, told: ${a.text}`);
        }
      }
      for (const line of selectPlanPage(model, 2).costs?.beyond ?? []) {
        const given = /sets aside ([\d.]+) hours? of study/.exec(line.detail);
        const needs = /about (\d+) h,/.exec(line.detail);
        if (given && needs && Number(given[1]) >= Number(needs[1])) out.push(`“${line.title}” called beyond the plan: ${line.detail}`);
      }
      return out;
    },
  },
  {
    name: "shows, on the stay path's page, the buyer's own role: its gaps, not the plan target's",
    check: ({ model }) => {
      const own = new Set([...model.input.occupation.skills.map((k) => k.skill), ...model.tasks.flatMap((t) => t.skills)]);
      return [0, 1, 2].flatMap((i) => {
        const page = selectPivotPage(model, i);
        if (page.kind !== "stay") return [];
        const out = page.deepen
          .filter((g) => !own.has(g.skill))
          .map((g) => `stay page tells a ${model.input.occupation.title} to deepen ${g.skill}`);
        if (model.plan.shape === "stay" && page.deepen[0] && page.deepen[0].skill !== model.plan.focus[0]?.skill)
          out.push(`stay page starts on ${page.deepen[0].skill}, the plan on ${model.plan.focus[0]?.skill}`);
        for (const g of page.deepen) if (page.held.includes(g.skill)) out.push(`${g.skill} both met and to deepen`);
        return out;
      });
    },
  },
  {
    name: "computes the exposure page's what-if with the score's own arithmetic, and splits page 4's week by verdict to 100%",
    check: ({ model }) => {
      const out: string[] = [];
      const page = selectExposurePage(model);
      const m = page.whatIf && /\((\d+)% of your week\) and you move the (\d+)% freed .* falls from (\d+) to about (\d+)/.exec(page.whatIf);
      if (page.whatIf && !m && model.automate) out.push(`what-if unreadable: ${page.whatIf}`);
      if (m && model.automate && model.grow) {
        const { timeWeighted, seniorityAdjustment } = model.input.outcome;
        const expected = Math.round(
          Math.min(
            100,
            Math.max(0, timeWeighted - (Number(m[2]) * (model.automate.exposure - model.grow.exposure)) / 100 + seniorityAdjustment),
          ),
        );
        if (Number(m[4]) !== expected || Number(m[4]) >= Number(m[3]))
          out.push(`what-if says ${m[4]}, arithmetic gives ${expected}: ${page.whatIf}`);
      }
      const tasks = selectTasksPage(model);
      const total = tasks.summary.reduce((s, v) => s + v.share, 0);
      const rows = tasks.rows.reduce((s, r) => s + r.share, 0);
      if (tasks.summary.length && total !== rows) out.push(`verdict shares add to ${total}, rows to ${rows}`);
      return out;
    },
  },
];
