import type { SourceRef } from "./occupation-content";

/**
 * The research every imported occupation is built from, cited wherever its figures appear (the
 * report's attribution, the Blueprint's method page), with the licence each data set is used under.
 */
export const EXPOSURE_RESEARCH = {
  label:
    "Eloundou, Manning, Mishkin and Rock (2024), “GPTs are GPTs: Labor market impact potential of LLMs”, Science 384(6702). Data: MIT licence.",
  url: "https://doi.org/10.1126/science.adj0998",
} as const satisfies SourceRef;

export const APPLICABILITY_RESEARCH = {
  label:
    "Tomlinson et al. (2025), “Working with AI: Measuring the Occupational Implications of Generative AI”, Microsoft Research. Data: CC BY 4.0.",
  url: "https://arxiv.org/abs/2507.07935",
} as const satisfies SourceRef;

export const ONET_SOURCE = {
  label:
    "O*NET OnLine, U.S. Department of Labor, Employment and Training Administration: task statements, skills and job zones. CC BY 4.0.",
  url: "https://www.onetonline.org",
} as const satisfies SourceRef;

export const BLS_WAGES_SOURCE = {
  label: "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2021 national estimates.",
  url: "https://www.bls.gov/oes/2021/may/oes_nat.htm",
} as const satisfies SourceRef;

export const RESEARCH_SOURCES = [EXPOSURE_RESEARCH, APPLICABILITY_RESEARCH] as const;
