import {
  assignSlugs,
  coveredByCurated,
  importedSummary,
  labelCounts,
  occupationExposure,
  orderTasks,
  sectorForSoc,
  skillNameFromColumn,
  skillVector,
  socSixDigit,
  taskExposure,
  taskRisk,
} from "../../domain/catalogue-import";
import { estimateSkills, type SkillEstimate } from "../../domain/estimated-skills";
import type { OnetSkill } from "../../domain/catalogue-import";
import type { SkillRequirement } from "../../domain/pivots";
import { buildTaskIndex } from "../../domain/task-similarity";
import type { RiskLevel } from "../../domain/risk";
import { matchOewsRow, US_WAGES_SOURCE, type UsWages, type WageField } from "../../domain/us-wages";
import type { ImportedResearch } from "../../domain/occupation-content";
import type { ResearchFiles, RowIssue, TaskRow, WageRow } from "./read";

export type PlannedTask = { position: number; name: string; risk: RiskLevel; exposure: number };

export type PlannedOccupation = {
  code: string;
  slug: string;
  title: string;
  sector: string;
  summary: string;
  exposureScore: number;
  research: ImportedResearch;
  tasks: PlannedTask[];
  skills: SkillRequirement[];
  jobZone: number | null;
  usWages: UsWages | null;
};

export type ImportPlan = {
  occupations: PlannedOccupation[];
  issues: RowIssue[];
  /** Rows read (valid or not) per file, and how the valid ones were used. */
  read: { occupations: number; tasks: number; skillRows: number; applicabilityRows: number; wageRows: number };
  coveredByCurated: string[];
  withoutSkills: number;
  /** Occupations O*NET gives no skill ratings, given ratings estimated from the most alike work. */
  skillsEstimated: number;
  withApplicability: number;
  /** Occupations given US wages, and how many of those only through their broad SOC group. */
  withWages: number;
  wagesFromBroadGroup: number;
};

/** The wage file's detailed and broad rows by OEWS code; a repeated code is an issue. */
function indexWages(files: ResearchFiles, issues: RowIssue[]) {
  const byGroup = { detailed: new Map<string, WageRow>(), broad: new Map<string, WageRow>() };
  for (const { line, value } of files.wages?.rows ?? []) {
    if (value.group !== "detailed" && value.group !== "broad") continue;
    const map = byGroup[value.group];
    if (map.has(value.soc))
      issues.push({
        file: files.wages!.file,
        line,
        message: `${value.soc} (${value.group}) appears more than once; the first row is used`,
      });
    else map.set(value.soc, value);
  }
  return byGroup;
}

function usWagesFor(soc: string, wages: ReturnType<typeof indexWages>): UsWages | null {
  const match = matchOewsRow(soc, wages.detailed, wages.broad);
  if (!match) return null;
  const f = match.row.figures;
  return {
    source: US_WAGES_SOURCE,
    currency: "USD",
    socCode: match.code,
    matched: match.matched,
    annual: { p10: f.p10.value, p25: f.p25.value, median: f.median.value, p75: f.p75.value, p90: f.p90.value },
    hourlyMedian: f.hourlyMedian.value,
    topCoded: (Object.keys(f) as WageField[]).filter((k) => f[k].topCoded),
  };
}

/**
 * Skill ratings for the imported occupations the skills file has no row for, from the imported
 * occupations with published ratings whose task statements are most alike (ADR 009). The TF-IDF
 * index is built only when some occupation needs it.
 */
function estimateMissingSkills(
  kept: readonly { code: string }[],
  tasksByCode: ReadonlyMap<string, readonly TaskRow[]>,
  skillsByCode: ReadonlyMap<string, { onet: OnetSkill[] }>,
): Map<string, SkillEstimate<string>> {
  const out = new Map<string, SkillEstimate<string>>();
  const missing = kept.map((k, i) => ({ ...k, i })).filter((k) => !skillsByCode.has(k.code));
  if (missing.length === 0) return out;
  const index = buildTaskIndex(kept.map((k, i) => ({ id: i, statements: tasksByCode.get(k.code)!.map((t) => t.statement) })));
  for (const m of missing) {
    const similar = new Map([...index.similarities(m.i)].map(([i, s]) => [kept[i]!.code, s]));
    const estimate = estimateSkills(similar, (code) => skillsByCode.get(code)?.onet);
    if (estimate) out.set(m.code, estimate);
  }
  return out;
}

/**
 * Joins the validated files into occupations to write. Cross-file problems (a task for an
 * unknown occupation, a repeated code) become issues with file and line, never silent drops.
 */
export function buildImportPlan(files: ResearchFiles, curated: { socCodes: string[]; slugs: Set<string> }): ImportPlan {
  const issues: RowIssue[] = [
    ...files.occupations.issues,
    ...files.tasks.issues,
    ...files.skills.issues,
    ...(files.applicability?.issues ?? []),
    ...(files.wages?.issues ?? []),
  ];
  const occFile = files.occupations.file;

  const occByCode = new Map<string, { line: number; title: string; humanBeta: number; gptBeta: number }>();
  for (const { line, value } of files.occupations.rows) {
    if (occByCode.has(value.code))
      issues.push({ file: occFile, line, message: `${value.code} appears more than once; the first row is used` });
    else occByCode.set(value.code, { line, title: value.title, humanBeta: value.humanBeta, gptBeta: value.gptBeta });
  }

  const tasksByCode = new Map<string, TaskRow[]>();
  const seenTask = new Set<string>();
  for (const { line, value } of files.tasks.rows) {
    const key = `${value.code}#${value.taskId}`;
    if (!occByCode.has(value.code)) {
      issues.push({ file: files.tasks.file, line, message: `task ${value.taskId} names ${value.code}, which is not in ${occFile}` });
    } else if (seenTask.has(key)) {
      issues.push({
        file: files.tasks.file,
        line,
        message: `task ${value.taskId} of ${value.code} appears more than once; the first row is used`,
      });
    } else {
      seenTask.add(key);
      const list = tasksByCode.get(value.code) ?? [];
      list.push(value);
      tasksByCode.set(value.code, list);
    }
  }

  // The skills file names occupations by title only; titles are unique in occ_level.csv.
  const codeByTitle = new Map([...occByCode].map(([code, o]) => [o.title.toLowerCase(), code]));
  const skillsByCode = new Map<string, { jobZone?: number; skills: SkillRequirement[]; onet: OnetSkill[] }>();
  for (const { line, value } of files.skills.rows) {
    const code = codeByTitle.get(value.title.toLowerCase());
    if (!code) issues.push({ file: files.skills.file, line, message: `no occupation titled "${value.title}" in ${occFile}` });
    else if (skillsByCode.has(code))
      issues.push({ file: files.skills.file, line, message: `"${value.title}" appears more than once; the first row is used` });
    else {
      const onet = value.skills.map((s) => ({ ...s, skill: skillNameFromColumn(s.skill) }));
      skillsByCode.set(code, { jobZone: value.jobZone, skills: skillVector(onet), onet });
    }
  }

  const applicability = new Map<string, number>();
  for (const { line, value } of files.applicability?.rows ?? []) {
    if (applicability.has(value.soc))
      issues.push({ file: files.applicability!.file, line, message: `${value.soc} appears more than once; the first row is used` });
    else applicability.set(value.soc, value.score);
  }

  const wages = indexWages(files, issues);

  const covered: string[] = [];
  const kept: { code: string; title: string }[] = [];
  for (const [code, occ] of occByCode) {
    if (coveredByCurated(code, curated.socCodes)) covered.push(code);
    else if (!tasksByCode.has(code))
      issues.push({ file: occFile, line: occ.line, message: `${code} has no valid task rows and is skipped` });
    else kept.push({ code, title: occ.title });
  }
  const slugs = assignSlugs(kept, curated.slugs);
  const estimates = estimateMissingSkills(kept, tasksByCode, skillsByCode);

  let withApplicability = 0;
  const occupations = kept.map(({ code, title }): PlannedOccupation => {
    const occ = occByCode.get(code)!;
    const tasks = orderTasks(tasksByCode.get(code)!);
    const labels = tasks.map((t) => t.label);
    const counts = labelCounts(labels);
    const skillInfo = skillsByCode.get(code);
    const estimate = estimates.get(code);
    const ai = applicability.get(socSixDigit(code));
    if (ai !== undefined) withApplicability += 1;
    const usWages = usWagesFor(socSixDigit(code), wages);
    return {
      code,
      slug: slugs.get(code)!,
      title,
      sector: sectorForSoc(code),
      summary: importedSummary(title, counts),
      exposureScore: occupationExposure(labels),
      research: {
        onetSocCode: code,
        taskLabels: counts,
        humanBeta: occ.humanBeta,
        gptBeta: occ.gptBeta,
        ...(ai !== undefined ? { aiApplicability: ai } : {}),
        ...(skillInfo?.jobZone !== undefined ? { jobZone: skillInfo.jobZone } : {}),
        ...(estimate ? { skillsEstimatedFrom: estimate.from.map((c) => occByCode.get(c)!.title) } : {}),
      },
      tasks: tasks.map((t, i) => ({ position: i + 1, name: t.statement, risk: taskRisk(t.label), exposure: taskExposure(t.label) })),
      skills: skillInfo?.skills ?? (estimate ? skillVector(estimate.skills) : []),
      jobZone: skillInfo?.jobZone ?? null,
      usWages,
    };
  });

  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    occupations,
    issues,
    read: {
      occupations: files.occupations.rows.length + files.occupations.issues.length,
      tasks: files.tasks.rows.length + files.tasks.issues.length,
      skillRows: files.skills.rows.length + files.skills.issues.length,
      applicabilityRows: files.applicability ? files.applicability.rows.length + files.applicability.issues.length : 0,
      wageRows: files.wages ? files.wages.rows.length + files.wages.issues.length : 0,
    },
    coveredByCurated: covered,
    withoutSkills: occupations.filter((o) => o.skills.length === 0).length,
    skillsEstimated: estimates.size,
    withApplicability,
    withWages: occupations.filter((o) => o.usWages).length,
    wagesFromBroadGroup: occupations.filter((o) => o.usWages?.matched === "broad").length,
  };
}
