/**
 * The wording the 90-day plan is built from: where to learn each skill and a portfolio project per
 * target role. Kept apart from the scheduling logic so editors can improve the words without
 * touching the arithmetic.
 */

/**
 * A concrete first place to learn each skill; skills not listed get a generic but specific fallback.
 * Only free material: the plan says what costs extra, and a hint naming a paid book would be an
 * unlisted cost (domain/blueprint-plan.test.ts checks every hint against the paid resources).
 */
export const SKILL_STUDY: Record<string, string> = {
  Programming:
    "solve two exercises a week on Exercism in the language your target employers use, reading the community solutions after each",
  "API Design": "read Google's API Design Guide and redesign one endpoint you know, writing down each change and why",
  "Databases and SQL": "work through the PostgreSQL documentation on EXPLAIN and indexes, then tune three slow queries",
  "Distributed Systems Design":
    "watch one lecture of Martin Kleppmann's free Cambridge 'Distributed Systems' course and sketch how it applies to a system you know",
  "Cloud Infrastructure":
    "follow a cloud provider's free associate-level learning path (AWS Skill Builder or Microsoft Learn) one module at a time",
  "Infrastructure as Code": "complete HashiCorp's Terraform tutorials and rebuild one manually created resource as code",
  "Containers and Kubernetes": "do the Kubernetes Basics tutorial on kubernetes.io, then deploy a small service to a local kind cluster",
  "Observability and Monitoring": "instrument a small service with OpenTelemetry and build one dashboard that answers a real question",
  "Incident Response": "read Google's SRE book chapters on incident management and write a blameless review of a past incident",
  "Security Engineering":
    "work through the OWASP Top 10 and the NCSC's secure development guidance, fixing one issue per topic in a sample app",
  Networking: "study DNS, TLS and HTTP with MDN's free guides, capturing real traffic with Wireshark",
  "Software Testing": "read the free article 'The Practical Test Pyramid' on martinfowler.com and add tests to an untested module",
  "Statistics and Experiment Design": "work through the free OpenIntro Statistics chapters on inference and A/B tests",
  "Machine Learning": "take the fast.ai 'Practical Deep Learning' lessons and reproduce each notebook on your own data",
  "Data Engineering": "follow the dbt Fundamentals course and build models on a public UK data set from data.gov.uk",
  "Data Visualisation": "follow the ONS and Government Analysis Function charting guidance and redraw three charts you have made",
  "Frontend Development": "build components from the GOV.UK Design System, checking each with axe and a screen reader",
  "Enterprise Architecture": "read the TOGAF standard's introduction and map one organisation's systems as a capability model",
  "Cloud Cost Management": "complete the FinOps Foundation's introduction course and cost one real workload line by line",
  "Developer Experience": "interview two developers about their slowest daily task and prototype one improvement",
  "Product Discovery": "read Teresa Torres' free Product Talk articles on opportunity solution trees and run one customer interview",
  "Roadmapping and Prioritisation": "rebuild a roadmap you know as outcomes, scoring each item with RICE and writing down the trade-offs",
  "Stakeholder Management": "map the stakeholders of a current piece of work on a power–interest grid and hold one planned conversation",
  "Agile Delivery": "study the Scrum Guide and Kanban metrics, then track cycle time for your own work",
  "Business Analysis":
    "map one real process as it runs today (who does what, where work waits) and write the requirements for a better one",
  "Management of Personnel Resources":
    "use Google re:Work's free guides on managers and one-to-ones to plan, run and write up one structured one-to-one",
  "Management of Financial Resources": "build a simple budget and business case for a project, checked by someone in finance",
  "Administration and Management": "study how your organisation plans and governs work, and shadow one planning meeting",
  Negotiation: "prepare one real negotiation with a written BATNA, using the free articles of Harvard's Program on Negotiation",
  Coordination: "plan one cross-team piece of work with a RACI chart and weekly check-ins",
  Instructing: "teach one topic you know to a colleague and ask for written feedback",
  Writing:
    "write one short piece a week about your work (a how-to, a handover note or a post), using the GOV.UK style guide for plain English",
  Speaking: "give one short talk to your team or at a local professional event, recorded so you can review it",
  Mathematics:
    "work through one free Khan Academy or National Numeracy unit a week on the figures your work uses (percentages, rates, measures or budgets)",
  "Systems Analysis":
    "draw how one system you work in runs (the people, steps and information it passes on) and find one way it fails that nobody has written down",
  "Complex Problem Solving":
    "take one messy problem at work, write the options and their trade-offs on one page, and test the riskiest assumption",
  "Judgment and Decision Making":
    "keep a decision journal: before each significant decision write what you expect, then review it a month later",
  "Critical Thinking": "review one AI-generated answer a day in your field and write down every claim you had to check",
  "Customer and Personal Service": "sit in on support calls or read twenty support tickets and summarise what customers struggle with",
  "Sales and Marketing": "shadow a pre-sales or marketing colleague and write the value proposition of one product in 150 words",
  "Law and Government": "read the ICO's UK GDPR guidance for organisations and check one system against it",
  "Engineering and Technology": "read the engineering blogs of two target employers and summarise one design decision from each",
  "Computers and Electronics": "take apart how one service you use works end to end, from browser to database, and write it up",
  Telecommunications: "study how mobile and fixed networks carry traffic, using Ofcom's Connected Nations reports as a guide",
  "Active Listening": "in three meetings this week, summarise the other person's point back before replying",
  "Reading Comprehension":
    "read the longest document your work depends on (a guideline, standard, contract or manual) and write a one-page summary",
  // O*NET basic skills of imported roles (any field), so a plan without a named resource still varies by skill.
  "Active Learning":
    "pick one change coming to your field (a new guideline, standard or tool), read it at its source and write how it changes one of your tasks",
  "Learning Strategies":
    "plan how you would teach one routine part of your work to a new starter: the steps, the usual mistakes and how you would check they have it",
  Monitoring:
    "keep a one-week log of one thing you check at work (quality, safety, progress or figures), noting each time it drifted and what you did",
  Science:
    "read one plain-English review or guideline on the science behind your work (a professional body's, NICE's or HSE's) and note two points that change how you work",
};

/**
 * Where a software role (every curated target) has a sharper first step than the any-field wording
 * above: a lorry driver's Mathematics is not linear algebra, a data scientist's is.
 */
export const SKILL_STUDY_SOFTWARE: Record<string, string> = {
  Writing: "write one design note or blog post a week, using the GOV.UK style guide for plain English",
  Speaking: "give one short talk to your team or a local meetup, recorded so you can review it",
  Mathematics: "work through Khan Academy's linear algebra and probability units at one unit a week",
  "Systems Analysis": "draw the data and control flows of a system you use and find one failure mode nobody has written down",
  "Reading Comprehension": "read one long technical specification or RFC and write a one-page summary",
};

/**
 * A skill's second week: one concrete way to use it for real. `{where}` becomes the buyer's own task ("your
 * “Database query writing” work") or a small example of the target role's; skills not listed get a generic exercise.
 */
export const SKILL_APPLY: Record<string, string> = {
  Programming: "rewrite one function from {where} for readability, with a test that pins its behaviour before you change it",
  "API Design":
    "write the contract (OpenAPI or a one-page spec) for one endpoint in {where} before touching code, and ask a consumer of it to review the contract",
  "Databases and SQL":
    "run EXPLAIN ANALYZE on the three slowest queries behind {where} and write down which index or rewrite each would need",
  "Distributed Systems Design": "draw how {where} behaves when one dependency times out, and list what a user sees at each step",
  "Cloud Infrastructure": "cost and diagram the cloud resources behind {where}, and mark the one whose failure would hurt most",
  "Infrastructure as Code":
    "bring one hand-configured setting from {where} under code review as Terraform or your team's tool, with a plan output you can show",
  "Containers and Kubernetes":
    "containerise one small part of {where}, run it on a local kind cluster with a health check, then break it and watch it restart",
  "Observability and Monitoring":
    "write the three questions you cannot answer today about {where} and add the metric, log or trace that answers one",
  "Incident Response":
    "run a 30-minute tabletop of a realistic failure in {where} with one colleague: who is told, what is checked first, what is said",
  "Security Engineering": "threat-model {where} on one page with STRIDE and fix, or raise, the highest risk you find",
  Networking: "trace one request behind {where} from DNS lookup to response with curl -v and Wireshark, and label every hop",
  "Software Testing": "add the test you wish had existed for the last bug in {where}, and make it fail before you make it pass",
  "Statistics and Experiment Design":
    "write the hypothesis, metric, sample size and stopping rule for one change in {where} before anyone runs it",
  "Machine Learning": "train the simplest baseline for one prediction in {where} and write down what a better model would have to beat",
  "Data Engineering": "turn one manual data step in {where} into a scheduled, tested job with a check that fails loudly",
  "Data Visualisation": "redraw one chart from {where} following the Analysis Function guidance and show both versions to its reader",
  "Frontend Development": "run axe and a keyboard-only pass over one screen of {where} and fix the first two issues",
  "Enterprise Architecture": "map the systems and owners behind {where} as a one-page capability map and mark the duplicates",
  "Cloud Cost Management": "find the three biggest cost lines behind {where} and write one saving for each with its risk",
  "Developer Experience": "time how long a newcomer takes to make a first change to {where}, then remove the slowest step",
  "Product Discovery": "talk to one user about {where} using open questions only, and write the opportunity you heard in their words",
  "Roadmapping and Prioritisation":
    "score the next five items in {where} for value, effort and confidence, and write why the top one beats the second",
  "Stakeholder Management":
    "map who is affected by {where} on a power-interest grid and plan the one conversation you have been putting off",
  "Agile Delivery": "measure cycle time for the last ten items in {where} and pick one cause of waiting to remove",
  "Business Analysis": "write acceptance criteria for one change in {where} that a tester could check without asking you",
  "Management of Personnel Resources":
    "prepare one development conversation for someone in {where}: their goal, your evidence, one stretch task to offer",
  "Management of Financial Resources":
    "put a cost on {where} for a year (people, tools, cloud) and show it to someone in finance for challenge",
  "Administration and Management":
    "write how decisions in {where} get made today, who signs off and where work waits, and propose one change",
  Negotiation: "before your next disagreement about {where}, write your best alternative, theirs and the trade you could offer",
  Coordination: "write a RACI for one piece of {where} that crosses teams and agree it with the other team's lead",
  Instructing: "teach one part of {where} to a colleague in 20 minutes, then have them do it while you watch without helping",
  Writing: "rewrite one document from {where} in plain English at half its length, and ask its reader which version they would keep",
  Speaking: "give a five-minute update on {where} standing up, recorded, and cut every sentence that did not need saying",
  Mathematics: "work one calculation from {where} by hand, check it with a calculator or spreadsheet, and note where they differ",
  "Systems Analysis":
    "draw how {where} runs end to end (the people, the steps, the information passed on) and mark one place where something can be lost or done twice",
  "Complex Problem Solving": "write the problem behind {where} as one question, three options and the test that would rule each out",
  "Judgment and Decision Making": "write down a decision you face in {where}, what you expect to happen and how you will know in a month",
  "Critical Thinking": "check every factual claim in one AI-generated draft for {where} and count how many you had to correct",
  "Customer and Personal Service": "read ten support tickets or complaints linked to {where} and group them by the need behind them",
  "Sales and Marketing":
    "write the one-paragraph case for {where} to a buyer who has never heard of it, and test it on a colleague outside your team",
  "Law and Government": "check {where} against one ICO UK GDPR checklist and list what you would need to show an auditor",
  "Engineering and Technology":
    "read how one target employer built something like {where} on its engineering blog and list two ideas to borrow",
  "Computers and Electronics":
    "explain what happens on the machine when {where} runs, from process to network to disk, and check it with a profiler",
  Telecommunications: "map which networks {where} depends on and what happens to users when each is slow",
  "Active Listening":
    "in your next conversation about {where}, summarise the other person's point back before you reply, and note what you had missed",
  "Reading Comprehension":
    "read the longest document behind {where} (a guideline, specification, contract or manual) and write the five sentences that matter most",
  "Active Learning": "find the newest guidance or tool that affects {where}, learn it from its source and try it once",
  "Learning Strategies": "write a one-page how-to for {where} that a new starter could follow, and test it on someone",
  Monitoring: "choose one measure for {where}, check it every day this week and note what made it move",
  Science: "find the evidence behind the way {where} is done and note one step it supports and one it does not",
};

/** The skill's own exercise for its second week, at the buyer's `where`, or null when the skill has none. */
export function applyHint(skill: string, where: string): string | null {
  return SKILL_APPLY[skill]?.replaceAll("{where}", where) ?? null;
}

/** `software`: the plan aims at a software role, which gets the sharper technical first step where there is one. */
export function studyHint(skill: string, software = false): string {
  return (
    (software ? SKILL_STUDY_SOFTWARE[skill] : undefined) ??
    SKILL_STUDY[skill] ??
    `choose one free course or guide on ${skill}, work through its first part and write down what you could use at work`
  );
}

/**
 * How a project is made decides its steps: software is built and tested, a document is drafted and
 * tried on a real case, an analysis is run and checked.
 */
export type ProjectKind = "build" | "document" | "analysis";
/** `smallTitle` and `small` are for a plan that gives the project fewer than SMALL_PROJECT_HOURS: a two-hour-a-week plan does not promise a production system. */
export type ProjectIdea = { title: string; brief: string; smallTitle: string; small: string; kind: ProjectKind };
export const SMALL_PROJECT_HOURS = 15;

/** A portfolio project per target role: something an employer in that role would want to see. */
export const PROJECTS: Record<string, ProjectIdea> = {
  "backend-developer": {
    title: "A production-grade public API",
    brief: "an API over a UK open data set with authentication, rate limits, tests and an audit log, deployed and documented",
    smallTitle: "A small public API",
    small: "a small API over one UK open data set: two endpoints with validation and tests, deployed where someone else can call it",
    kind: "build",
  },
  "cloud-architect": {
    title: "A costed reference architecture",
    brief:
      "a reference architecture for a regulated UK workload, with diagrams, a cost estimate, security controls and the options you rejected",
    smallTitle: "A one-page costed architecture",
    small: "a one-page architecture for a small UK workload: one diagram, a rough monthly cost and the one option you rejected and why",
    kind: "document",
  },
  "data-engineer": {
    title: "An incremental data pipeline",
    brief:
      "a tested, incremental pipeline that loads a public UK data set (ONS or TfL) into a warehouse, with data-quality checks and lineage",
    smallTitle: "A small scheduled data pipeline",
    small: "a small pipeline that loads one public UK data set (ONS or TfL) into a database on a schedule, with two data-quality checks",
    kind: "build",
  },
  "data-scientist": {
    title: "An end-to-end analysis",
    brief: "an analysis of a public UK data set that states a question, tests it properly and explains the result to a non-specialist",
    smallTitle: "A one-question analysis",
    small:
      "an analysis that answers one question about a public UK data set simply and honestly, with a one-page explanation for a non-specialist",
    kind: "analysis",
  },
  "engineering-manager": {
    title: "A team operating handbook",
    brief:
      "a handbook for a team of six: hiring loop, one-to-one template, incident review process and a career framework, tried with real colleagues",
    smallTitle: "Two parts of a team handbook",
    small: "a one-to-one template and a hiring scorecard for a team, each tried once with a real colleague",
    kind: "document",
  },
  "frontend-developer": {
    title: "An accessible component library",
    brief: "a small component library that meets WCAG 2.2 AA, with tests, documentation and an audit of each component",
    smallTitle: "Three accessible components",
    small:
      "three accessible components (a button, a form field and a dialog) that pass an axe check and work with a keyboard, with a short README",
    kind: "build",
  },
  "machine-learning-engineer": {
    title: "A monitored model service",
    brief: "a model served behind an API with an evaluation set, drift monitoring and a written model card",
    smallTitle: "A small evaluated model service",
    small: "a small model behind an API with a held-out evaluation set and a one-page model card",
    kind: "build",
  },
  "platform-engineer": {
    title: "A golden-path deployment template",
    brief:
      "a self-service template that takes a new service from repository to production with CI, infrastructure as code and observability built in",
    smallTitle: "A minimal deployment template",
    small: "a template that takes one small service from repository to a running deployment with CI and infrastructure as code",
    kind: "build",
  },
  "security-engineer": {
    title: "A threat model and hardening report",
    brief: "a threat model of a realistic web service, the fixes you applied and a short report written for non-specialists",
    smallTitle: "A threat model of one service",
    small: "a threat model of one small web service you know, with the three risks you would fix first and why",
    kind: "document",
  },
  "site-reliability-engineer": {
    title: "SLOs and a game day",
    brief: "service-level objectives, alerts and runbooks for a demo service, then a recorded failure exercise with a blameless review",
    smallTitle: "Two SLOs and a runbook",
    small: "two service-level objectives and one alert for a demo service, with a runbook for the alert",
    kind: "build",
  },
  "solutions-architect": {
    title: "A solution proposal",
    brief:
      "a proposal answering a real published public-sector brief (Digital Marketplace style), with architecture, costed options and risks",
    smallTitle: "A two-page solution proposal",
    small: "a two-page proposal answering one published public-sector brief: one architecture, two costed options and the main risks",
    kind: "document",
  },
  "technical-product-owner": {
    title: "A discovery-to-roadmap case study",
    brief:
      "a case study of a product you use: user interviews, the problem you chose, a prioritised backlog and how you would measure success",
    smallTitle: "A one-feature discovery case study",
    small:
      "a discovery case study of one feature of a product you use: three user conversations, the problem you chose and how you would measure success",
    kind: "document",
  },
};
