/**
 * The skills each curated task uses, keyed by occupation slug and task position (1-based, the
 * catalogue's order). Kept here rather than on the catalogue's tasks so the Blueprint can infer
 * skill evidence from the buyer's own week (how much time goes on work that uses a skill) without
 * changing the catalogue's shape. Roles not listed (the imported O*NET ones) fall back to keyword
 * rules over the task's own words.
 */

const TASK_SKILLS: Record<string, readonly (readonly string[])[]> = {
  "backend-developer": [
    ["Programming", "API Design"],
    ["Databases and SQL", "Programming"],
    ["Software Testing", "Programming"],
    ["Security Engineering", "API Design"],
    ["API Design", "Distributed Systems Design", "Programming"],
    ["Observability and Monitoring", "Databases and SQL", "Complex Problem Solving"],
    ["Security Engineering", "Systems Analysis", "Critical Thinking"],
    ["Distributed Systems Design", "Systems Analysis", "Judgment and Decision Making"],
  ],
  "data-scientist": [
    ["Statistics and Experiment Design", "Databases and SQL", "Data Visualisation"],
    ["Programming", "Data Engineering"],
    ["Data Visualisation", "Writing"],
    ["Machine Learning", "Statistics and Experiment Design", "Programming"],
    ["Databases and SQL", "Data Engineering", "Critical Thinking"],
    ["Statistics and Experiment Design", "Mathematics", "Critical Thinking"],
    ["Stakeholder Management", "Business Analysis", "Active Listening"],
    ["Speaking", "Stakeholder Management", "Writing"],
  ],
  "site-reliability-engineer": [
    ["Writing", "Incident Response"],
    ["Programming", "Infrastructure as Code"],
    ["Observability and Monitoring"],
    ["Observability and Monitoring", "Incident Response", "Critical Thinking"],
    ["Cloud Infrastructure", "Cloud Cost Management", "Systems Analysis"],
    ["Incident Response", "Coordination", "Judgment and Decision Making"],
    ["Distributed Systems Design", "Systems Analysis", "Critical Thinking"],
    ["Observability and Monitoring", "Stakeholder Management", "Judgment and Decision Making"],
  ],
  "solutions-architect": [
    ["Writing", "Enterprise Architecture"],
    ["Computers and Electronics", "Critical Thinking", "Cloud Infrastructure"],
    ["Systems Analysis", "Enterprise Architecture"],
    ["Cloud Cost Management", "Management of Financial Resources", "Mathematics"],
    ["Business Analysis", "Active Listening", "Stakeholder Management"],
    ["Judgment and Decision Making", "Distributed Systems Design", "Enterprise Architecture"],
    ["Stakeholder Management", "Coordination", "Speaking"],
    ["Negotiation", "Management of Financial Resources"],
  ],
  "platform-engineer": [
    ["Infrastructure as Code", "Developer Experience", "Programming"],
    ["Infrastructure as Code", "Cloud Infrastructure"],
    ["Writing", "Developer Experience"],
    ["Containers and Kubernetes", "Incident Response", "Networking"],
    ["Security Engineering", "Cloud Infrastructure"],
    ["Distributed Systems Design", "Cloud Infrastructure", "Systems Analysis"],
    ["Developer Experience", "Roadmapping and Prioritisation", "Active Listening"],
    ["Coordination", "Stakeholder Management", "Instructing"],
  ],
  "cloud-architect": [
    ["Infrastructure as Code", "Cloud Infrastructure"],
    ["Writing", "Enterprise Architecture"],
    ["Cloud Cost Management", "Mathematics"],
    ["Cloud Infrastructure", "Networking", "Security Engineering"],
    ["Distributed Systems Design", "Cloud Infrastructure", "Incident Response"],
    ["Security Engineering", "Law and Government", "Judgment and Decision Making"],
    ["Enterprise Architecture", "Roadmapping and Prioritisation", "Stakeholder Management"],
    ["Coordination", "Stakeholder Management", "Negotiation"],
  ],
  "technical-product-owner": [
    ["Writing", "Business Analysis", "Agile Delivery"],
    ["Writing", "Coordination"],
    ["Product Discovery", "Active Listening", "Critical Thinking"],
    ["Agile Delivery", "Coordination", "Roadmapping and Prioritisation"],
    ["Statistics and Experiment Design", "Product Discovery", "Critical Thinking"],
    ["Computers and Electronics", "API Design", "Judgment and Decision Making"],
    ["Roadmapping and Prioritisation", "Judgment and Decision Making"],
    ["Stakeholder Management", "Negotiation", "Coordination"],
  ],
  "frontend-developer": [
    ["Frontend Development", "Programming"],
    ["Frontend Development", "Active Listening"],
    ["Frontend Development"],
    ["Software Testing", "Programming"],
    ["API Design", "Programming"],
    ["Frontend Development", "Customer and Personal Service", "Software Testing"],
    ["Frontend Development", "Observability and Monitoring", "Complex Problem Solving"],
    ["Frontend Development", "Systems Analysis", "Coordination"],
  ],
  "data-engineer": [
    ["Databases and SQL", "Data Engineering"],
    ["Programming", "Data Engineering", "API Design"],
    ["Writing", "Data Engineering"],
    ["Software Testing", "Data Engineering"],
    ["Incident Response", "Observability and Monitoring", "Complex Problem Solving"],
    ["Databases and SQL", "Cloud Cost Management"],
    ["Data Engineering", "Distributed Systems Design", "Systems Analysis"],
    ["Law and Government", "Security Engineering", "Stakeholder Management"],
  ],
  "security-engineer": [
    ["Security Engineering", "Critical Thinking"],
    ["Law and Government", "Writing"],
    ["Observability and Monitoring", "Incident Response", "Security Engineering"],
    ["Security Engineering", "Programming"],
    ["Cloud Infrastructure", "Security Engineering", "Infrastructure as Code"],
    ["Incident Response", "Coordination", "Judgment and Decision Making"],
    ["Security Engineering", "Systems Analysis", "Distributed Systems Design"],
    ["Judgment and Decision Making", "Speaking", "Stakeholder Management"],
  ],
  "engineering-manager": [
    ["Writing", "Stakeholder Management"],
    ["Management of Personnel Resources", "Judgment and Decision Making"],
    ["Writing", "Management of Personnel Resources", "Critical Thinking"],
    ["Agile Delivery", "Coordination", "Roadmapping and Prioritisation"],
    ["Distributed Systems Design", "Critical Thinking", "Programming"],
    ["Incident Response", "Coordination", "Judgment and Decision Making"],
    ["Administration and Management", "Management of Financial Resources", "Negotiation"],
    ["Instructing", "Active Listening", "Management of Personnel Resources"],
  ],
  "machine-learning-engineer": [
    ["Programming", "Machine Learning"],
    ["Data Engineering", "Databases and SQL", "Programming"],
    ["Machine Learning", "Statistics and Experiment Design"],
    ["Containers and Kubernetes", "Cloud Infrastructure", "Software Testing"],
    ["Machine Learning", "API Design", "Programming"],
    ["Observability and Monitoring", "Machine Learning", "Complex Problem Solving"],
    ["Statistics and Experiment Design", "Critical Thinking", "Law and Government"],
    ["Machine Learning", "Distributed Systems Design", "Systems Analysis"],
  ],
};

/** Words in a task's name or description that mark a skill, for roles with no curated mapping. */
const KEYWORDS: readonly [RegExp, string][] = [
  [/\b(code|coding|program|script|software)/i, "Programming"],
  [/\b(api|endpoint|interface)/i, "API Design"],
  [/\b(sql|database|query|queries)/i, "Databases and SQL"],
  [/\b(test|testing|quality assurance)/i, "Software Testing"],
  [/\b(secur|threat|vulnerab|complian)/i, "Security Engineering"],
  [/\b(monitor|observab|alert|telemetry)/i, "Observability and Monitoring"],
  [/\b(incident|outage|escalat)/i, "Incident Response"],
  [/\b(cloud|infrastructure)/i, "Cloud Infrastructure"],
  [/\b(statistic|experiment|analys[ie]s)/i, "Statistics and Experiment Design"],
  [/\b(model|machine learning|predict)/i, "Machine Learning"],
  [/\b(pipeline|data)/i, "Data Engineering"],
  [/\b(chart|dashboard|visuali)/i, "Data Visualisation"],
  [/\b(write|writing|document|report)/i, "Writing"],
  [/\b(present|speak|brief)/i, "Speaking"],
  [/\b(stakeholder|client|customer)/i, "Stakeholder Management"],
  [/\b(plan|schedul|coordinat)/i, "Coordination"],
  [/\b(budget|cost|financ)/i, "Management of Financial Resources"],
  [/\b(staff|hire|hiring|supervis|train)/i, "Management of Personnel Resources"],
  [/\b(negotiat|contract)/i, "Negotiation"],
  [/\b(teach|instruct|coach|mentor)/i, "Instructing"],
  [/\b(decid|decision|approv)/i, "Judgment and Decision Making"],
];

/**
 * The same for a role rated in O*NET's eleven basic skills (the imported occupations): the rules
 * name only those, so a mechanic who tests equipment is not doing "Software Testing" and a nurse
 * who monitors patients not "Observability and Monitoring". Most specific first.
 */
const ONET_KEYWORDS: readonly [RegExp, string][] = [
  [/\b(programming|computer programs?|code\b|coding|software|scripts?\b)/i, "Programming"],
  [/\b(scien|chemi|biolog|physics|laborator|experiment|clinical|medical|medicat|pharmac)/i, "Science"],
  [/\b(calculat|measur|estimat|comput(e|es|ing|ation)\b|budget|cost|accounts?\b|statistic|quantit|dosage)/i, "Mathematics"],
  [/\b(teach|train|instruct|coach|mentor|educat|tutor)/i, "Learning Strategies"],
  [/\b(monitor|inspect|observ|supervis|oversee|check|track)/i, "Monitoring"],
  [/\b(analy[sz]|evaluat|assess|diagnos|determin|investigat|judg|resolv|troubleshoot)/i, "Critical Thinking"],
  [/\b(write|writing|written|draft|document|report|record)/i, "Writing"],
  [/\b(present|speak|brief|explain|inform(s|ed|ing)?\b|announc|lectur|testif|negotiat)/i, "Speaking"],
  [/\b(listen|interview|consult|counsel|confer|discuss|complaints?\b|inquiries)/i, "Active Listening"],
  [/\b(read(s|ing)?\b|review|interpret|research|examin|stud(y|ies))/i, "Reading Comprehension"],
  [/\b(keep abreast|stay current|new developments|latest|learn)/i, "Active Learning"],
];

export type TaskRef = { position: number; name: string; description: string };

const ONET_SKILLS: ReadonlySet<string> = new Set(ONET_KEYWORDS.map(([, skill]) => skill));

/**
 * The skills one task uses: the curated mapping when there is one, else keyword rules in the
 * role's own vocabulary: O*NET's basic skills when every skill the role lists is one of them
 * (`roleSkills`, the imported occupations), else the curated skills.
 */
export function skillsOfTask(slug: string, task: TaskRef, roleSkills: readonly { skill: string }[] = []): readonly string[] {
  const curated = TASK_SKILLS[slug]?.[task.position - 1];
  if (curated) return curated;
  const text = `${task.name} ${task.description}`;
  const rules = roleSkills.length > 0 && roleSkills.every((s) => ONET_SKILLS.has(s.skill)) ? ONET_KEYWORDS : KEYWORDS;
  return rules
    .filter(([re]) => re.test(text))
    .map(([, skill]) => skill)
    .slice(0, 3);
}

/** Whether the curated mapping covers this role (for tests: every curated role should). */
export const hasCuratedTaskSkills = (slug: string) => slug in TASK_SKILLS;
