import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { oewsFigure, type OewsFigure } from "../../domain/us-wages";

/** A row that could not be used: reported with its file and line, then skipped. */
export type RowIssue = { file: string; line: number; message: string };

/** A file that cannot be imported at all (missing, unreadable, wrong columns): nothing is written. */
export class ImportFileError extends Error {}

export type Row<T> = { line: number; value: T };
export type Table<T> = { file: string; rows: Row<T>[]; issues: RowIssue[] };

type Spec<T> = {
  required: readonly string[];
  /** Extra header check (e.g. skill columns come in Importance/Level pairs); returns a problem or null. */
  checkHeader?: (header: readonly string[]) => string | null;
  schema: z.ZodType<T, Record<string, string>>;
};

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportFileError(`${file}: cannot read the file (${code === "ENOENT" ? "it does not exist" : (code ?? "unknown error")})`);
  }
}

function describeIssue(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}

/**
 * Reads a CSV/TSV file with a header row. Wrong or missing columns refuse the whole file; a row
 * with the wrong number of fields or a value the schema rejects becomes an issue with its line.
 */
export function readTable<T>(file: string, delimiter: "," | "\t", spec: Spec<T>): Table<T> {
  const name = path.basename(file);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // csv-parse types its sync result as plain rows; with `info: true` each is { record, info }.
    records = parse(readText(file), {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`${name}: not a readable ${delimiter === "\t" ? "TSV" : "CSV"} file (${(error as Error).message})`);
  }
  const [head, ...body] = records;
  if (!head) throw new ImportFileError(`${name}: the file is empty (expected a header row)`);
  const header = head.record.map((h) => h.trim());
  const missing = spec.required.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new ImportFileError(
      `${name}: wrong columns — missing ${missing.map((m) => `"${m}"`).join(", ")} (found ${header
        .slice(0, 8)
        .map((h) => `"${h}"`)
        .join(", ")}${header.length > 8 ? ", …" : ""})`,
    );
  }
  const headerProblem = spec.checkHeader?.(header);
  if (headerProblem) throw new ImportFileError(`${name}: wrong columns — ${headerProblem}`);

  const rows: Row<T>[] = [];
  const issues: RowIssue[] = [];
  for (const { record, info } of body) {
    const line = info.lines;
    if (record.length !== header.length) {
      issues.push({ file: name, line, message: `expected ${header.length} fields, found ${record.length}` });
      continue;
    }
    const raw: Record<string, string> = {};
    header.forEach((h, i) => (raw[h] = record[i]!));
    const parsed = spec.schema.safeParse(raw);
    if (parsed.success) rows.push({ line, value: parsed.data });
    else issues.push({ file: name, line, message: describeIssue(parsed.error) });
  }
  return { file: name, rows, issues };
}

// ---------------------------------------------------------------------------------------------
// The four research files: never in the repository (ADR 009); the schemas below are the columns we read
// ---------------------------------------------------------------------------------------------

const ONET_SOC = /^\d{2}-\d{4}\.\d{2}$/;
const text = (max: number) => z.string().trim().min(1, "is empty").max(max, `is longer than ${max} characters`);
const decimal = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?(e-?\d+)?$/i, "is not a number")
  .transform(Number);
const share = decimal.pipe(z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1"));
const percent = decimal.pipe(z.number().min(0, "must be between 0 and 100").max(100, "must be between 0 and 100"));
const label = z.enum(["E0", "E1", "E2"], { error: "must be E0, E1 or E2" });

export const occLevelSchema = z
  .object({
    "O*NET-SOC Code": z.string().trim().regex(ONET_SOC, "must look like 15-1252.00"),
    Title: text(150),
    human_rating_beta: share,
    dv_rating_beta: share,
  })
  .transform((r) => ({ code: r["O*NET-SOC Code"], title: r.Title, humanBeta: r.human_rating_beta, gptBeta: r.dv_rating_beta }));
export type OccLevelRow = z.output<typeof occLevelSchema>;

export const taskSchema = z
  .object({
    "O*NET-SOC Code": z.string().trim().regex(ONET_SOC, "must look like 15-1252.00"),
    "Task ID": decimal.pipe(z.number().int("must be a whole number").positive("must be positive")),
    Task: text(1000),
    "Task Type": z.enum(["Core", "Supplemental", ""], { error: "must be Core, Supplemental or empty" }),
    human_exposure_agg: label,
  })
  .transform((r) => ({
    code: r["O*NET-SOC Code"],
    taskId: r["Task ID"],
    statement: r.Task,
    core: r["Task Type"] !== "Supplemental",
    label: r.human_exposure_agg,
  }));
export type TaskRow = z.output<typeof taskSchema>;

const SKILL_SUFFIX = /^(.+)_(Importance|Level)$/;

/** Skill names present as an Importance/Level column pair. */
export function skillColumns(header: readonly string[]): string[] {
  const names = new Set(header.map((h) => SKILL_SUFFIX.exec(h)?.[1]).filter((n): n is string => Boolean(n)));
  return [...names].filter((n) => header.includes(`${n}_Importance`) && header.includes(`${n}_Level`)).sort();
}

function checkSkillHeader(header: readonly string[]): string | null {
  const pairs = skillColumns(header);
  if (pairs.length === 0) return "no skill columns (expected pairs like Critical_Thinking_Importance, Critical_Thinking_Level)";
  const unpaired = header.filter((h) => SKILL_SUFFIX.test(h) && !pairs.includes(SKILL_SUFFIX.exec(h)![1]!));
  return unpaired.length ? `skill columns without their pair: ${unpaired.join(", ")}` : null;
}

// O*NET suppresses a level as "Not relevant" (the skill hardly matters) or "Not available" (too few ratings).
const levelOrNotRelevant = z.union([z.enum(["Not relevant", "Not available"]).transform(() => null), percent]);

export const basicSkillsSchema = z.record(z.string(), z.string()).transform((raw, ctx) => {
  const title = raw.Occupation?.trim() ?? "";
  if (!title) ctx.addIssue({ code: "custom", message: "Occupation is empty" });
  const zone = raw["Job Zone"]?.trim() ?? "";
  if (zone && !/^[1-5]$/.test(zone)) ctx.addIssue({ code: "custom", message: "Job Zone must be 1 to 5 or empty" });
  const skills: { skill: string; importance: number; level: number | null }[] = [];
  for (const name of skillColumns(Object.keys(raw))) {
    const importance = percent.safeParse(raw[`${name}_Importance`]);
    const level = levelOrNotRelevant.safeParse(raw[`${name}_Level`]?.trim());
    if (!importance.success) ctx.addIssue({ code: "custom", message: `${name}_Importance ${importance.error.issues[0]!.message}` });
    else if (!level.success) ctx.addIssue({ code: "custom", message: `${name}_Level must be 0 to 100, "Not relevant" or "Not available"` });
    else skills.push({ skill: name, importance: importance.data, level: level.data });
  }
  return { title, jobZone: zone ? Number(zone) : undefined, skills };
});
export type BasicSkillsRow = z.output<typeof basicSkillsSchema>;

export const applicabilitySchema = z
  .object({
    "SOC Code": z
      .string()
      .trim()
      .regex(/^\d{2}-\d{4}$/, "must look like 15-1252"),
    ai_applicability_score: share,
  })
  .transform((r) => ({ soc: r["SOC Code"], score: r.ai_applicability_score }));
export type ApplicabilityRow = z.output<typeof applicabilitySchema>;

// BLS OEWS national estimates: only detailed and broad rows name an occupation we can match.
const figure = (kind: "annual" | "hourly") =>
  z.string().transform((raw, ctx): OewsFigure => {
    const parsed = oewsFigure(raw, kind);
    if (parsed === "invalid") {
      ctx.addIssue({ code: "custom", message: `"${raw}" is not a wage (expected a number, "*" or "#")` });
      return z.NEVER;
    }
    return parsed;
  });

export const wageSchema = z
  .object({
    OCC_CODE: z
      .string()
      .trim()
      .regex(/^\d{2}-\d{4}$/, "must look like 29-1141"),
    O_GROUP: z.string().trim(),
    A_PCT10: figure("annual"),
    A_PCT25: figure("annual"),
    A_MEDIAN: figure("annual"),
    A_PCT75: figure("annual"),
    A_PCT90: figure("annual"),
    H_MEDIAN: figure("hourly"),
  })
  .transform((r) => ({
    soc: r.OCC_CODE,
    group: r.O_GROUP,
    figures: { p10: r.A_PCT10, p25: r.A_PCT25, median: r.A_MEDIAN, p75: r.A_PCT75, p90: r.A_PCT90, hourlyMedian: r.H_MEDIAN },
  }));
export type WageRow = z.output<typeof wageSchema>;

export type ResearchFiles = {
  occupations: Table<OccLevelRow>;
  tasks: Table<TaskRow>;
  skills: Table<BasicSkillsRow>;
  applicability?: Table<ApplicabilityRow>;
  wages?: Table<WageRow>;
};

export const GPTS_FILES = {
  occupations: "occ_level.csv",
  tasks: "full_labelset.tsv",
  skills: "occupations_onet_basic_skills.csv",
} as const;
/** The BLS wage file, read from the GPTs folder when it is there and no other path is given. */
export const WAGES_FILE = "national_May2021_dl.csv";

/** The wage file to read: the one named, else the GPTs folder's own copy if present, else none. */
export function wagesPath(gptsDir: string, wagesCsv?: string): string | undefined {
  if (wagesCsv) return wagesCsv;
  const inFolder = path.join(gptsDir, WAGES_FILE);
  return existsSync(inFolder) ? inFolder : undefined;
}

/** Reads and validates every file before anything is written; a bad file throws ImportFileError. */
export function readResearchFiles(gptsDir: string, applicabilityCsv?: string, wagesCsv?: string): ResearchFiles {
  const wages = wagesPath(gptsDir, wagesCsv);
  return {
    occupations: readTable(path.join(gptsDir, GPTS_FILES.occupations), ",", {
      required: ["O*NET-SOC Code", "Title", "human_rating_beta", "dv_rating_beta"],
      schema: occLevelSchema,
    }),
    tasks: readTable(path.join(gptsDir, GPTS_FILES.tasks), "\t", {
      required: ["O*NET-SOC Code", "Task ID", "Task", "Task Type", "human_exposure_agg"],
      schema: taskSchema,
    }),
    skills: readTable(path.join(gptsDir, GPTS_FILES.skills), ",", {
      required: ["Occupation", "Job Zone"],
      checkHeader: checkSkillHeader,
      schema: basicSkillsSchema,
    }),
    applicability: applicabilityCsv
      ? readTable(applicabilityCsv, ",", { required: ["SOC Code", "ai_applicability_score"], schema: applicabilitySchema })
      : undefined,
    wages: wages
      ? readTable(wages, ",", {
          required: ["OCC_CODE", "O_GROUP", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "H_MEDIAN"],
          schema: wageSchema,
        })
      : undefined,
  };
}
