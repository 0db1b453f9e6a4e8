import { describe, expect, it } from "vitest";
import { buildTaskIndex, contentWords, neighbourhoodSimilarity, stem } from "./task-similarity";

describe("stemming and content words", () => {
  it("joins plural and verb forms of a word", () => {
    expect(["nurse", "nurses", "nursing"].map(stem)).toEqual(["nurs", "nurs", "nurs"]);
    expect(["plan", "planning", "planned", "plans"].map(stem)).toEqual(["plan", "plan", "plan", "plan"]);
    expect(["policies", "policy"].map(stem)).toEqual(["policy", "policy"]);
    expect(["assess", "install", "status", "analysis"].map(stem)).toEqual(["assess", "install", "status", "analysis"]);
  });

  it("drops stop words and short words, and marks which words follow each other directly", () => {
    expect(contentWords("Monitor all aspects of patient care, including diet.")).toEqual([
      { stem: "monitor", word: "monitor", follows: false },
      { stem: "aspect", word: "aspects", follows: false },
      { stem: "patient", word: "patient", follows: false },
      { stem: "care", word: "care", follows: true },
      { stem: "diet", word: "diet", follows: false },
    ]);
  });
});

const documents = [
  { id: 10, statements: ["Assess patient care needs and write care plans.", "Give medication to patients."] },
  { id: 20, statements: ["Plan patient care with doctors.", "Record medication given to patients."] },
  { id: 30, statements: ["Wire circuit breakers and conduit.", "Test wiring with voltmeters."] },
  { id: 40, statements: ["Install conduit and wiring in new buildings.", "Read blueprints."] },
  { id: 50, statements: ["Read blueprints and estimate costs."] },
];

describe("TF-IDF task similarity", () => {
  const index = buildTaskIndex(documents);

  it("finds the roles that do the same work, symmetrically, and none that share nothing", () => {
    const nurse = index.similarities(10);
    expect([...nurse.keys()]).toEqual([20]);
    expect(nurse.get(20)).toBeGreaterThan(0.5);
    expect(index.similarities(20).get(10)).toBeCloseTo(nurse.get(20)!, 12);
    expect(index.similarities(30).get(40)).toBeGreaterThan(0);
    expect(index.similarities(30).has(10)).toBe(false);
  });

  it("keeps only terms found in more than one document", () => {
    // e.g. "voltmeter" (one document) cannot make two roles alike.
    expect(index.vocabularySize).toBeGreaterThan(0);
    const alone = buildTaskIndex([
      { id: 1, statements: ["Tune pianos."] },
      { id: 2, statements: ["Shoe horses."] },
    ]);
    expect(alone.vocabularySize).toBe(0);
    expect(alone.similarities(1).size).toBe(0);
  });

  it("names the shared work in its usual wording, phrases first, without repeating a word", () => {
    expect(index.sharedWork(10, 20, 3)).toEqual(["patient care", "plans", "medication"]);
    expect(index.sharedWork(30, 40, 3)).toEqual(["conduit", "wiring"]);
    expect(index.sharedWork(10, 30, 3)).toEqual([]);
  });

  it("refuses an unknown id", () => {
    expect(() => index.similarities(99)).toThrow(/no task document with id 99/);
  });
});

describe("neighbourhood similarity", () => {
  it("is high when two roles' nearest occupations overlap and zero when they share none", () => {
    const rows = new Map([
      [
        1,
        new Map([
          [2, 0.5],
          [3, 0.4],
        ]),
      ],
      [
        2,
        new Map([
          [1, 0.5],
          [3, 0.45],
        ]),
      ],
      [
        3,
        new Map([
          [1, 0.4],
          [2, 0.45],
        ]),
      ],
      [4, new Map([[5, 0.3]])],
      [5, new Map([[4, 0.3]])],
    ]);
    const field = neighbourhoodSimilarity(rows, 2);
    // 1's neighbours {2: .5, 3: .4}, 2's {1: .5, 3: .45}: they share 3.
    expect(field(1, 2)).toBeCloseTo((0.4 * 0.45) / (Math.hypot(0.5, 0.4) * Math.hypot(0.5, 0.45)), 12);
    expect(field(1, 4)).toBe(0);
    expect(field(1, 99)).toBe(0);
  });
});
