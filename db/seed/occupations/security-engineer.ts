import type { CuratedOccupation } from "../catalogue-schema";
import { employersFor } from "../employers";
import { resourcesFor } from "../skills";

export default {
  slug: "security-engineer",
  title: "Security Engineer",
  pluralTitle: "Security Engineers",
  sector: "Technology",
  socCode: "15-1299.05",
  alternateTitles: [
    "Cyber Security Engineer",
    "Information Security Engineer",
    "Application Security Engineer",
    "Cloud Security Engineer",
    "DevSecOps Engineer",
  ],
  summary:
    "Security Engineers protect an organisation's systems and data. They harden cloud and network configurations, build detection and response tooling, review code and designs for weaknesses, and lead the technical response when something goes wrong. AI now triages scanner findings, drafts detection queries and summarises alerts at a speed no team could match. Deciding which risks matter, reasoning like an attacker and making calls under pressure during an incident still rest with people — and attackers are using AI too.",
  exposureScore: 31,
  exposureLabel: "Moderate, manageable risk",
  windowToAct: {
    label: "Early to mid-2030s",
    detail:
      "AI is already absorbing alert triage and routine scanning, so entry-level analyst work that is mostly queue-clearing changes first, within the next few years. Experienced engineers who design defences, lead incidents and understand attacker behaviour should stay in strong demand well into the 2030s, not least because AI widens the attack surface.",
  },
  vsAllWorkers:
    "Security engineering sits close to the average worker's exposure. Routine analysis and paperwork are highly exposed, but adversarial thinking, incident leadership and accountable risk decisions are not, and demand is supported by a long-running UK skills shortage.",
  outlook:
    "AI is changing the tools on both sides. Defenders get faster triage and investigation; attackers get faster phishing, reconnaissance and exploit development. Security engineers who can direct AI tooling and reason about new threats will remain scarce.",
  tasksIntro: "Eight tasks that make up most security engineering work, from the most exposed to AI to the least.",
  tasks: [
    {
      name: "Vulnerability finding triage",
      description:
        "Sorting through scanner and dependency findings, removing false positives, judging exploitability and raising fixes with the right teams.",
      risk: "high",
      exposure: 62,
      aiTools: ["Snyk", "GitHub Copilot Autofix", "Semgrep Assistant", "Wiz"],
    },
    {
      name: "Policies, standards and compliance evidence",
      description:
        "Writing security policies and standards, and gathering evidence for audits such as ISO 27001, Cyber Essentials Plus, SOC 2 or PCI DSS.",
      risk: "medium",
      exposure: 58,
      aiTools: ["Vanta AI", "Microsoft 365 Copilot", "ChatGPT", "Claude"],
    },
    {
      name: "Detection rules and alert investigation",
      description:
        "Writing SIEM queries and detection rules, tuning noisy alerts, and working through suspicious activity to decide what is real.",
      risk: "medium",
      exposure: 45,
      aiTools: ["Microsoft Security Copilot", "Google Security Operations (Gemini)", "Splunk AI Assistant", "CrowdStrike Charlotte AI"],
    },
    {
      name: "Secure code and design review",
      description:
        "Reviewing pull requests and designs for injection, broken access control, secrets handling and unsafe defaults, and helping developers fix them properly.",
      risk: "medium",
      exposure: 33,
      aiTools: ["Snyk Code", "Semgrep Assistant", "GitHub Copilot", "Claude"],
    },
    {
      name: "Cloud security hardening",
      description:
        "Tightening identity and access policies, network rules, encryption and logging across cloud accounts, and codifying guardrails so they stay in place.",
      risk: "medium",
      exposure: 30,
      aiTools: ["Wiz", "Microsoft Defender for Cloud", "Prisma Cloud Copilot", "GitHub Copilot"],
    },
    {
      name: "Incident response",
      description:
        "Containing a live compromise, preserving evidence, coordinating engineers and communications, and deciding what to shut down and when.",
      risk: "low",
      exposure: 12,
      aiTools: ["Microsoft Security Copilot", "CrowdStrike Charlotte AI"],
    },
    {
      name: "Threat modelling and security architecture",
      description:
        "Working through how a new system could be attacked, which controls are worth their cost, and how identity, secrets and data flows should be designed.",
      risk: "low",
      exposure: 10,
      aiTools: ["IriusRisk", "ChatGPT", "Claude"],
    },
    {
      name: "Risk decisions and advising leadership",
      description:
        "Explaining risk in business terms, agreeing what to accept, fix or insure, and advising leaders and regulators when the stakes are high.",
      risk: "low",
      exposure: 8,
      aiTools: ["Microsoft 365 Copilot"],
    },
  ],
  timelineIntro:
    "Security teams adopted AI early, because the volume of alerts and findings had long outstripped the people available to handle them.",
  timeline: [
    {
      period: "2021–2024",
      title: "Machine learning in the tooling",
      body: "Anomaly detection, AI-assisted code scanning and the first security chat assistants arrived in mainstream products. They reduced some triage drudgery but added their own false positives, and generative AI gave attackers more convincing phishing at scale.",
    },
    {
      period: "2025–2026",
      title: "Assistants in the SOC",
      body: "Security copilots now summarise incidents, draft detection queries, suggest code fixes and prioritise cloud findings by real exposure. Analysts handle far more alerts each, and teams are rethinking entry-level roles built around clearing queues. Securing AI systems themselves has become a new workload.",
    },
    {
      period: "2028–2035",
      title: "Engineers direct automated defence",
      body: "Expect agents to run much of routine detection, triage and remediation. Security engineers will design and supervise those systems, lead complex incidents, test defences against AI-assisted attackers and make the risk decisions organisations and regulators hold people accountable for.",
    },
  ],
  verdict:
    "Security engineers face moderate, manageable exposure. Triage and compliance paperwork are automating, but adversarial thinking, incident leadership and architecture remain deeply human — and AI-driven attacks keep demand high.",
  comparisonBlurb:
    "Alert triage and compliance paperwork are exposed, but incident leadership, threat modelling and adversarial judgement keep security engineers well protected.",
  pivotIntro:
    "Security, networking and cloud depth open routes into cloud and solutions architecture, site reliability, platform engineering and security leadership.",
  skills: [
    { skill: "Security Engineering", importance: 95, level: 5 },
    { skill: "Computers and Electronics", importance: 90, level: 4 },
    { skill: "Networking", importance: 85, level: 4 },
    { skill: "Cloud Infrastructure", importance: 80, level: 4 },
    { skill: "Incident Response", importance: 80, level: 4 },
    { skill: "Critical Thinking", importance: 80, level: 4 },
    { skill: "Complex Problem Solving", importance: 75, level: 4 },
    { skill: "Programming", importance: 70, level: 3 },
    { skill: "Judgment and Decision Making", importance: 70, level: 4 },
    { skill: "Observability and Monitoring", importance: 60, level: 3 },
    { skill: "Systems Analysis", importance: 60, level: 3 },
    { skill: "Infrastructure as Code", importance: 50, level: 3 },
    { skill: "Law and Government", importance: 50, level: 3 },
    { skill: "Containers and Kubernetes", importance: 45, level: 3 },
  ],
  salary: {
    currency: "GBP",
    p25: 55000,
    median: 67500,
    p75: 82500,
    source: "ITJobsWatch, permanent UK job adverts citing 'Security Engineer'",
    sourceUrl: "https://www.itjobswatch.co.uk/jobs/uk/security%20engineer.do",
    year: 2025,
    period: "6 months to October 2025",
    reviewedOn: "2026-11-01",
    roundedTo: 2500,
    regions: [],
    regionalNote:
      "The source reports UK-wide adverts; we have not curated a regional split for this role yet. London adverts usually pay more than the UK figure and most other regions less.",
  },
  employers: employersFor(
    "darktrace",
    "ncc",
    "bae",
    "gchq",
    "barclays",
    "starling",
    "arm",
    "qinetiq",
    "thales",
    "homeOffice",
    "mod",
    "leonardo",
  ),
  learningResources: resourcesFor(
    "comptiaSecurityPlus",
    "isc2CertifiedInCybersecurity",
    "owaspTopTen",
    "ncscSecureDevelopment",
    "awsSecuritySpecialty",
    "cka",
  ),
  faq: [
    {
      question: "Will AI replace security engineers?",
      answer:
        "No. AI is taking over much of the routine triage, query writing and evidence gathering, but security is adversarial: attackers adapt, and they are using AI too. Designing defences, leading incidents and making accountable risk decisions still need experienced people, and the UK's long-running cyber skills gap means demand for capable engineers remains strong.",
    },
    {
      question: "Which security tasks are most at risk from AI?",
      answer:
        "Triage of vulnerability findings and the writing of policies and compliance evidence are the most exposed. Detection engineering, code review and cloud hardening are moderately exposed: AI accelerates them, but its output needs checking by someone who understands the system. Incident response, threat modelling and risk decisions are the least exposed.",
    },
    {
      question: "How quickly is AI changing security engineering jobs?",
      answer:
        "Quickly at the entry level, more slowly above it. Security copilots are already in many UK security operations centres, and teams handle more alerts with the same headcount. Over the next three to five years expect fewer roles built purely around clearing alert queues, and more demand for engineers who can automate defence and secure AI systems themselves.",
    },
    {
      question: "What should security engineers do to stay relevant?",
      answer:
        "Develop skills AI cannot easily supply: threat modelling, incident leadership, cloud and identity architecture, and a real understanding of how attackers operate. Learn to build and supervise security automation rather than compete with it, and get familiar with the risks of AI systems, such as prompt injection and data leakage. Security architecture and cloud architecture are strong next steps.",
    },
  ],
  sources: [
    { label: "Eloundou et al. (2024), “GPTs are GPTs”, Science 384(6702)" },
    {
      label: "O*NET task statements for 15-1299.05 Information Security Engineers",
      url: "https://www.onetonline.org/link/summary/15-1299.05",
    },
    {
      label: "ITJobsWatch, UK permanent salary data for the job title, 6 months to October 2025",
      url: "https://www.itjobswatch.co.uk/jobs/uk/security%20engineer.do",
    },
  ],
  updatedAt: "2026-11-01",
} satisfies CuratedOccupation;
