import type { RegionId } from "../../../domain/regions";

/** The nine English regions (ITL1), for employers whose sites are in England only. */
export const ENGLAND: readonly RegionId[] = [
  "north-east",
  "north-west",
  "yorkshire",
  "east-midlands",
  "west-midlands",
  "east",
  "london",
  "south-east",
  "south-west",
];

/** England and Wales: one legal jurisdiction, served by the same police, courts and probation structures. */
export const ENGLAND_AND_WALES: readonly RegionId[] = [...ENGLAND, "wales"];

/** Great Britain: every region but Northern Ireland (Network Rail, GB-only retailers and bus groups). */
export const GREAT_BRITAIN: readonly RegionId[] = [...ENGLAND_AND_WALES, "scotland"];
