/**
 * A hand-built Blueprint input for an imported role (issue 17), for tests without a database: a
 * paralegal in Scotland with two imported paths (one in their own SOC major group, one in another)
 * and one curated path with a UK salary band, so pay, employers and entry routes meet every case.
 * Enriched with the real learning library and sector employer directory, as the order loader does.
 */
import { LEARNING_LIBRARY } from "../../db/seed/learning-library";
import { SECTOR_EMPLOYERS } from "../../db/seed/sector-employers";
import type { UsWages } from "../../domain/us-wages";
import type { BlueprintInput, BlueprintOccupation } from "../../pdf/blueprint-input";
import { enrichBlueprintInput } from "../../pdf/blueprint-enrichment";
import { analyst, band, pivotTo, role, task } from "../../pdf/pages/test-fixture";

export const usWages = (socCode: string, median: number, over: Partial<UsWages> = {}): UsWages => ({
  source: "BLS OEWS May 2021",
  currency: "USD",
  socCode,
  matched: "detailed",
  annual: {
    p10: Math.round(median * 0.6),
    p25: Math.round(median * 0.8),
    median,
    p75: Math.round(median * 1.25),
    p90: Math.round(median * 1.6),
  },
  hourlyMedian: null,
  topCoded: [],
  ...over,
});

const onet = (levels: Record<string, number>) =>
  Object.entries(levels).map(([skill, level], i) => ({ skill, importance: 90 - i * 5, level }));

function imported(
  id: number,
  title: string,
  pluralTitle: string,
  socCode: string,
  median: number,
  over: Partial<BlueprintOccupation> = {},
): BlueprintOccupation {
  return role(id, title, {
    pluralTitle,
    origin: "imported",
    socCode,
    sector: socCode.startsWith("23") ? "Legal" : "Business and Financial Operations",
    usWages: usWages(socCode.slice(0, 7), median),
    tasks: [
      task(1, 100, "Prepare legal documents"),
      task(2, 50, "Research case law"),
      task(3, 0, "Meet clients"),
      task(4, 50, "Keep case files"),
    ],
    skills: onet({ "Reading Comprehension": 4, Writing: 4, "Active Listening": 3, "Critical Thinking": 4, Speaking: 3 }),
    ...over,
  });
}

/** Paralegal (imported, 23) → Lawyer (imported, 23), Claims Adjuster (imported, 13), Data Engineer (curated, UK band). */
export function importedParalegal(overrides: { salaryBand?: "35-45k" | "100k-plus" | undefined; region?: string } = {}): BlueprintInput {
  const paralegal = imported(101, "Paralegal and Legal Assistant", "Paralegals and Legal Assistants", "23-2011.00", 56_230);
  const lawyer = imported(102, "Lawyer", "Lawyers", "23-1011.00", 127_990, {
    exposureScore: 30,
    skills: onet({ "Reading Comprehension": 5, Writing: 5, "Active Listening": 4, "Critical Thinking": 5, Speaking: 4 }),
  });
  const adjuster = imported(103, "Claims Adjuster", "Claims Adjusters", "13-1031.00", 68_130, {
    exposureScore: 35,
    skills: onet({ "Reading Comprehension": 4, Mathematics: 3, Writing: 3, Speaking: 3 }),
  });
  const curated = analyst().pivotTargets[0]!;
  const base = analyst();
  const input: BlueprintInput = {
    ...base,
    answers: {
      ...base.answers,
      skills: {
        ratings: [
          { skill: "Reading Comprehension", rating: 3 },
          { skill: "Writing", rating: 3 },
          { skill: "Active Listening", rating: 2 },
        ],
      },
      goals: {
        goal: "adjacent",
        hoursPerWeek: 5,
        region: overrides.region ?? "scotland",
        ...(overrides.salaryBand ? { salaryBand: overrides.salaryBand } : {}),
      },
    },
    outcome: {
      ...base.outcome,
      pivots: [
        pivotTo(lawyer, { matchPercent: 75 }),
        pivotTo(adjuster, { kind: "cross-domain", matchPercent: 72 }),
        pivotTo(curated, { kind: "cross-domain", matchPercent: 40 }),
      ],
      longTermPaths: [
        {
          targetId: 104,
          slug: "judges-magistrate-judges-and-magistrates",
          title: "Judges, Magistrate Judges, and Magistrates",
          exposureScore: 20,
          reason:
            "Long-term path, not a quick pivot. Work 12 % alike in O*NET task statements (court, cases, rulings); a step up into job zone 5, where most roles need a graduate degree (job zone 4 → 5); pays more (US median ratio 2.63); 25 points less exposed to AI.",
        },
      ],
    },
    occupation: paralegal,
    pivotTargets: [lawyer, adjuster, curated],
  };
  return enrichBlueprintInput(input, { library: LEARNING_LIBRARY, employers: SECTOR_EMPLOYERS });
}

export { band, LEARNING_LIBRARY, SECTOR_EMPLOYERS };
