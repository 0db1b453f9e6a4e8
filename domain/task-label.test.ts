import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { distinctTaskLabels, TASK_LABEL_MAX, TASK_LABEL_TARGET, taskHeading, taskLabelOf } from "./task-label";

/** Words no quoted task may end on, listed here rather than taken from the module so the test can catch it. */
const DANGLING = new Set("a an the and or nor of to for with in on at by from into as than that which such including e.g etc".split(" "));

const tokens = (s: string) =>
  s
    .split(/\s+/)
    .map((w) => w.replace(/^[("“]+|[),;:."”]+$/g, ""))
    .filter(Boolean);

/** Every way a label can be wrong, in words; [] when it is fine. */
function problems(statement: string, label: string): string[] {
  const out: string[] = [];
  if (label.length > TASK_LABEL_MAX) out.push(`${label.length} characters`);
  if (!/^[A-Z]/.test(label)) out.push("does not start with a capital");
  if (/[.,;:\s]$/.test(label)) out.push("ends on punctuation or a space");
  if (label.includes("…") || label.includes("...")) out.push("an ellipsis");
  const last = (tokens(label).at(-1) ?? "").toLowerCase();
  if (DANGLING.has(last)) out.push(`ends on “${last}”`);
  if ((label.match(/\(/g)?.length ?? 0) !== (label.match(/\)/g)?.length ?? 0)) out.push("unbalanced brackets");
  if ((label.match(/"/g)?.length ?? 0) % 2) out.push("unbalanced quotes");
  if (tokens(label).length < 2 && tokens(statement).length >= 2) out.push("a single word");
  const doubled = /\b(\w+) \1\b/i.exec(label);
  if (doubled && !new RegExp(`\\b${doubled[1]} ${doubled[1]}\\b`, "i").test(statement)) out.push(`doubles “${doubled[1]}”`);
  // Drawn from the statement: its words, in order, from its first (asides and middles of lists may go).
  const from = tokens(statement);
  const words = tokens(label);
  if (words[0] !== from[0]) out.push("does not start where the statement does");
  let j = 0;
  for (const w of words) {
    while (j < from.length && from[j] !== w) j++;
    if (j++ >= from.length) {
      out.push(`“${w}” is not the statement's next word`);
      break;
    }
  }
  return out;
}

describe("taskLabelOf", () => {
  it.each([
    ["Monitor all aspects of patient care, including diet and physical activity.", "Monitor all aspects of patient care"],
    [
      "Plan layout and installation of electrical wiring, equipment, or fixtures, based on job specifications and local codes.",
      "Plan layout and installation of electrical wiring",
    ],
    // The purpose clause goes; so does a means clause.
    [
      "Compute geodetic measurements and interpret survey data to determine positions, shapes, and elevations of geomorphic and topographic features.",
      "Compute geodetic measurements and interpret survey data",
    ],
    [
      "Make objects or characters appear lifelike by manipulating light, color, texture, shadow, and transparency.",
      "Make objects or characters appear lifelike",
    ],
    // A list that fits is kept whole rather than cut after its first item.
    [
      "Turn dials, handwheels, valves, or switches to regulate conveyor speeds, machine temperature, air pressure and circulation.",
      "Turn dials, handwheels, valves, or switches",
    ],
    // A run of modifiers keeps its first and the noun ("patient cultural" alone would say nothing).
    [
      "Participate in geological, geophysical, geochemical, hydrographic, or oceanographic surveys, prospecting field trips, exploratory drilling, well logging, or underground mine survey programs.",
      "Participate in geological surveys",
    ],
    // A run of verbs keeps its first and last.
    [
      "Design, develop, select, test, implement, and evaluate new or modified informatics solutions, data structures, and decision-support mechanisms.",
      "Design and evaluate new or modified informatics solutions",
    ],
    // A second task in the statement starts at its verb.
    ["Calculate angles and courses and determine vertical and horizontal alignment of courses.", "Calculate angles and courses"],
    // An aside between commas goes.
    [
      "Develop, or oversee the development of, sustainability evaluation or monitoring systems.",
      "Develop sustainability evaluation or monitoring systems",
    ],
    [
      "Set up and operate electric news gathering (ENG) microwave vehicles to gather and edit raw footage on location.",
      "Set up and operate electric news gathering microwave vehicles",
    ],
    // Not "Cut materials according".
    ["Cut materials according to specifications, using blades, scissors, or electric knives.", "Cut materials according to specifications"],
    // Not "Counsel individuals regarding interpersonal".
    [
      "Counsel individuals regarding interpersonal, health, financial, or religious problems and help them find ways forward.",
      "Counsel individuals",
    ],
    // An example never sits inside the label.
    ["Place orders, such as for equipment, supplies, or catering for meetings, and keep records of what was bought.", "Place orders"],
  ])("%s → %s", (statement, label) => {
    expect(taskLabelOf(statement)).toBe(label);
    expect(problems(statement, label)).toEqual([]);
  });

  it("quotes a statement that fits whole, without its full stop", () => {
    expect(taskLabelOf("Greet and register guests.")).toBe("Greet and register guests");
    expect(taskLabelOf("Draft letters")).toBe("Draft letters");
  });

  it("keeps a statement a little over the target whole when no clean clause ends sooner", () => {
    const statement = "Install and repair agricultural irrigation, plumbing, and sprinkler systems.";
    expect(statement.length).toBeGreaterThan(TASK_LABEL_TARGET);
    expect(taskLabelOf(statement)).toBe("Install and repair agricultural irrigation, plumbing, and sprinkler systems");
  });

  it("holds to a tighter limit when asked, never past the hard one", () => {
    const statement =
      "Plan layout and installation of electrical wiring, equipment, or fixtures, based on job specifications and local codes.";
    const tight = taskLabelOf(statement, { max: 40 });
    expect(tight.length).toBeLessThanOrEqual(40);
    expect(problems(statement, tight)).toEqual([]);
    expect(taskLabelOf(statement, { target: 200, max: 200 }).length).toBeLessThanOrEqual(TASK_LABEL_MAX);
  });

  it("cuts a statement with no boundary at all after a whole word", () => {
    const statement = `Operate ${Array.from({ length: 30 }, (_, i) => `widget${i}`).join(" ")}.`;
    const label = taskLabelOf(statement);
    expect(label.length).toBeLessThanOrEqual(TASK_LABEL_TARGET);
    expect(problems(statement, label)).toEqual([]);
  });
});

describe("taskHeading", () => {
  it("keeps a statement that fits, and otherwise its longest clean head within the limit", () => {
    expect(taskHeading("Greet and register guests.", 120)).toBe("Greet and register guests");
    const statement =
      "Perform administrative or managerial functions, such as taking responsibility for a unit's staff, budget, planning, or long-range goals.";
    expect(taskHeading(statement, 120)).toBe("Perform administrative or managerial functions");
    const nurse =
      "Work with individuals, groups, or families to plan or implement programs designed to improve the overall health of communities.";
    expect(taskHeading(nurse, 120)).toBe("Work with individuals, groups, or families to plan or implement programs");
  });
});

describe("distinctTaskLabels", () => {
  it("tells apart two tasks of one role that would share a label, each by more of its own words", () => {
    const statements = [
      "Conduct experiments to develop new or improved varieties of field crops, focusing on characteristics such as yield.",
      "Conduct experiments to investigate the underlying mechanisms of plant growth and response to the environment.",
      "Prepare reports.",
    ];
    expect(statements.map((s) => taskLabelOf(s)).slice(0, 2)).toEqual(["Conduct experiments", "Conduct experiments"]);
    const labels = distinctTaskLabels(statements);
    expect(new Set(labels).size).toBe(3);
    for (const [i, s] of statements.entries()) expect(problems(s, labels[i]!)).toEqual([]);
    expect(labels[2]).toBe("Prepare reports");
  });

  it("leaves labels alone when they already differ", () => {
    const statements = ["Greet and register guests.", "Monitor all aspects of patient care, including diet and physical activity."];
    expect(distinctTaskLabels(statements)).toEqual(statements.map((s) => taskLabelOf(s)));
  });
});

// The research data is read by path where it exists (../shared/data or RESEARCH_DATA_DIR), never copied in.
const LABELSET = path.join(
  process.env.RESEARCH_DATA_DIR ?? path.resolve(import.meta.dirname, "../../shared/data"),
  "gpts-are-gpts/full_labelset.tsv",
);

describe.skipIf(!existsSync(LABELSET))("every O*NET task statement in the research data", () => {
  // Read inside the tests (once), not while collecting them.
  let rows: Record<string, string>[] | undefined;
  const read = () =>
    (rows ??= parse(readFileSync(LABELSET, "utf8"), { delimiter: "\t", columns: true, relax_column_count: true, bom: true }) as Record<
      string,
      string
    >[]);
  const statements = () => [...new Set(read().map((r) => r["Task"]!.trim()))];

  it("gets a short label that is a whole phrase drawn from its statement", { timeout: 60_000 }, () => {
    const all = statements();
    expect(all.length).toBeGreaterThan(17_000);
    const labels = all.map((s) => [s, taskLabelOf(s)] as const);
    const failures = labels.flatMap(([s, l]) => problems(s, l).map((p) => `${p}: “${l}” ⟵ ${s}`));
    expect(failures.slice(0, 20)).toEqual([]);
    // Long statements are the point: nearly all of them come down to the target length, and none stays whole.
    const long = labels.filter(([s]) => s.replace(/\.$/, "").length > TASK_LABEL_MAX);
    expect(long.length).toBeGreaterThan(10_000);
    expect(long.filter(([, l]) => l.length <= TASK_LABEL_TARGET).length / long.length).toBeGreaterThan(0.98);
    expect(long.filter(([s, l]) => l === s.replace(/\.$/, ""))).toEqual([]);
  });

  it("gets a whole phrase within 40 characters too, as a Blueprint with long role titles quotes it", { timeout: 60_000 }, () => {
    const failures = statements().flatMap((s) => {
      const l = taskLabelOf(s, { max: 40 });
      return [...problems(s, l), ...(l.length > 40 ? [`${l.length} characters`] : [])].map((p) => `${p}: “${l}” ⟵ ${s}`);
    });
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it("gives no two tasks of one occupation the same label where their statements differ enough to tell", { timeout: 60_000 }, () => {
    const byRole = new Map<string, Set<string>>();
    for (const r of read()) byRole.set(r["O*NET-SOC Code"]!, (byRole.get(r["O*NET-SOC Code"]!) ?? new Set()).add(r["Task"]!.trim()));
    let shared = 0;
    for (const tasks of byRole.values()) {
      const labels = distinctTaskLabels([...tasks]);
      shared += labels.length - new Set(labels).size;
      for (const [i, s] of [...tasks].entries()) expect(problems(s, labels[i]!)).toEqual([]);
    }
    // A handful of statements share their first seventy characters; those keep one label between them.
    expect(shared).toBeLessThan(10);
  });
});
