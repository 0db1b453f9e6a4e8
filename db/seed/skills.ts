/**
 * The controlled skill vocabulary of the curated catalogue. Occupations name skills from this
 * list only, so that skill overlap (and therefore pivot matches) can be computed rather than typed.
 * Names follow O*NET's skill and knowledge wording where O*NET has one; the technical ones are ours.
 */
export const SKILLS = [
  // O*NET basic and cross-functional skills
  { name: "Critical Thinking", kind: "skill" },
  { name: "Active Listening", kind: "skill" },
  { name: "Reading Comprehension", kind: "skill" },
  { name: "Writing", kind: "skill" },
  { name: "Speaking", kind: "skill" },
  { name: "Mathematics", kind: "skill" },
  { name: "Complex Problem Solving", kind: "skill" },
  { name: "Judgment and Decision Making", kind: "skill" },
  { name: "Systems Analysis", kind: "skill" },
  { name: "Negotiation", kind: "skill" },
  { name: "Coordination", kind: "skill" },
  { name: "Management of Personnel Resources", kind: "skill" },
  { name: "Management of Financial Resources", kind: "skill" },
  { name: "Instructing", kind: "skill" },
  // O*NET knowledge areas
  { name: "Computers and Electronics", kind: "knowledge" },
  { name: "Engineering and Technology", kind: "knowledge" },
  { name: "Telecommunications", kind: "knowledge" },
  { name: "Administration and Management", kind: "knowledge" },
  { name: "Customer and Personal Service", kind: "knowledge" },
  { name: "Law and Government", kind: "knowledge" },
  { name: "Sales and Marketing", kind: "knowledge" },
  // Technical specialisms (Career Pivot's own wording)
  { name: "Programming", kind: "technical" },
  { name: "API Design", kind: "technical" },
  { name: "Databases and SQL", kind: "technical" },
  { name: "Distributed Systems Design", kind: "technical" },
  { name: "Cloud Infrastructure", kind: "technical" },
  { name: "Infrastructure as Code", kind: "technical" },
  { name: "Containers and Kubernetes", kind: "technical" },
  { name: "Observability and Monitoring", kind: "technical" },
  { name: "Incident Response", kind: "technical" },
  { name: "Security Engineering", kind: "technical" },
  { name: "Networking", kind: "technical" },
  { name: "Software Testing", kind: "technical" },
  { name: "Statistics and Experiment Design", kind: "technical" },
  { name: "Machine Learning", kind: "technical" },
  { name: "Data Engineering", kind: "technical" },
  { name: "Data Visualisation", kind: "technical" },
  { name: "Frontend Development", kind: "technical" },
  { name: "Enterprise Architecture", kind: "technical" },
  { name: "Cloud Cost Management", kind: "technical" },
  { name: "Developer Experience", kind: "technical" },
  // Product and delivery
  { name: "Product Discovery", kind: "product" },
  { name: "Roadmapping and Prioritisation", kind: "product" },
  { name: "Stakeholder Management", kind: "product" },
  { name: "Agile Delivery", kind: "product" },
  { name: "Business Analysis", kind: "product" },
] as const;

export type SkillName = (typeof SKILLS)[number]["name"];
export const SKILL_NAMES: readonly SkillName[] = SKILLS.map((s) => s.name);
