import { describe, expect, it } from "vitest";
import { dueAfterBusinessDays } from "./business-days";
import { atRiskHorizon, slaState, workingMsBetween } from "./sla";

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

describe("slaState", () => {
  // Paid Tue 24 Nov 2026 → due at the end of Thu 26 Nov (midnight GMT).
  const due = at("2026-11-27T00:00:00Z");

  it("is on track with more than four working hours left", () => {
    expect(slaState(at("2026-11-24T10:00:00Z"), due)).toBe("on_track");
    expect(slaState(at("2026-11-26T12:59:00Z"), due)).toBe("on_track"); // 4 h 01 min left
  });

  it("is at risk from 13:00 on the due day, and through the evening", () => {
    expect(slaState(at("2026-11-26T13:00:00Z"), due)).toBe("at_risk");
    expect(slaState(at("2026-11-26T22:00:00Z"), due)).toBe("at_risk");
  });

  it("is breached once the due time has passed", () => {
    expect(slaState(at("2026-11-27T00:00:00Z"), due)).toBe("breached");
    expect(slaState(at("2026-12-10T09:00:00Z"), due)).toBe("breached");
  });

  it("counts no working hours over a weekend: due Monday night is at risk from Monday 13:00, not Friday", () => {
    const dueMonday = at("2026-12-01T00:00:00Z"); // end of Mon 30 Nov
    expect(slaState(at("2026-11-27T16:00:00Z"), dueMonday)).toBe("on_track"); // Fri 16:00: 1 h Fri + 8 h Mon
    expect(slaState(at("2026-11-28T12:00:00Z"), dueMonday)).toBe("on_track"); // Saturday: 8 h left
    expect(slaState(at("2026-11-30T13:30:00Z"), dueMonday)).toBe("at_risk");
  });

  it("skips Christmas, Boxing Day and its substitute when counting working hours", () => {
    // Paid Thu 24 Dec 2026 → due end of Wed 30 Dec; 25, 26 (Sat), 27 (Sun), 28 (substitute) are off.
    const dueChristmas = dueAfterBusinessDays(at("2026-12-24T12:00:00Z"), 2);
    expect(workingMsBetween(at("2026-12-24T17:00:00Z"), dueChristmas)).toBe(16 * HOUR); // Tue 29 + Wed 30
    expect(slaState(at("2026-12-28T16:00:00Z"), dueChristmas)).toBe("on_track");
    expect(slaState(at("2026-12-30T13:00:00Z"), dueChristmas)).toBe("at_risk");
  });

  it("skips Good Friday and Easter Monday, and uses BST hours", () => {
    // Due end of Wed 8 Apr 2026 (23:00 UTC, BST). Working day 09:00–17:00 BST = 08:00–16:00 UTC.
    const dueEaster = dueAfterBusinessDays(at("2026-04-02T12:00:00Z"), 2);
    expect(workingMsBetween(at("2026-04-02T16:00:00Z"), dueEaster)).toBe(16 * HOUR);
    expect(slaState(at("2026-04-08T11:59:00Z"), dueEaster)).toBe("on_track");
    expect(slaState(at("2026-04-08T12:00:00Z"), dueEaster)).toBe("at_risk");
  });
});

describe("atRiskHorizon agrees with slaState", () => {
  it("for every hour of a fortnight spanning Christmas, against every due time in it", () => {
    const dues = Array.from({ length: 20 }, (_, i) => dueAfterBusinessDays(new Date(Date.UTC(2026, 11, 14 + i, 10)), 2));
    let atRisk = 0;
    for (let t = Date.parse("2026-12-18T00:00:00Z"); t < Date.parse("2027-01-02T00:00:00Z"); t += HOUR / 2) {
      const now = new Date(t);
      const horizon = atRiskHorizon(now).getTime();
      for (const due of dues) {
        const byHorizon = due.getTime() > t && due.getTime() <= horizon;
        expect(slaState(now, due) === "at_risk", `${now.toISOString()} due ${due.toISOString()}`).toBe(byHorizon);
        if (byHorizon) atRisk += 1;
      }
    }
    expect(atRisk).toBeGreaterThan(50);
  });

  it("is four working hours ahead inside a working day, and the next opening at the end of one", () => {
    expect(atRiskHorizon(at("2026-11-24T10:00:00Z")).toISOString()).toBe("2026-11-24T14:00:00.000Z");
    expect(atRiskHorizon(at("2026-11-27T13:00:00Z")).toISOString()).toBe("2026-11-30T09:00:00.000Z"); // Fri 13:00 → Mon opening
    expect(atRiskHorizon(at("2026-11-27T15:00:00Z")).toISOString()).toBe("2026-11-30T11:00:00.000Z");
  });
});
