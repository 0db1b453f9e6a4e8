import type { CuratedOccupation } from "../catalogue-schema";
import { employersFor } from "../employers";
import { resourcesFor } from "../skills";

export default {
  slug: "platform-engineer",
  title: "Platform Engineer",
  pluralTitle: "Platform Engineers",
  sector: "Technology",
  alternateTitles: ["Infrastructure Engineer", "Developer Platform Engineer", "DevOps Platform Engineer", "Cloud Platform Engineer"],
  summary:
    "Platform Engineers build the internal platform other engineers ship on: paved roads for building, testing, deploying and running services, with security and cost controls built in. They treat developers as customers, deciding which capabilities to offer, which to standardise and which to leave alone. AI writes much of the configuration and glue code now, but designing a platform people actually adopt — and keeping it safe at scale — is a judgement-heavy, people-heavy job.",
  exposureScore: 32,
  exposureLabel: "Moderate, lower than development",
  windowToAct: {
    label: "Mid 2030s",
    detail:
      "AI already writes pipeline definitions and infrastructure modules well, which trims routine work now. Juniors whose job is mostly maintaining YAML and Terraform feel that first; senior engineers who own the design and product side — what to offer, how to make it safe by default, how to get teams to adopt it — look secure into the mid 2030s.",
  },
  vsAllWorkers:
    "Platform engineering sits just above the average worker. Configuration work is exposed, but the role's centre of gravity is systems design and internal product thinking.",
  outlook:
    "AI is making infrastructure code cheap. Platforms that developers trust, that are secure by default and affordable to run, still have to be designed by people.",
  tasksIntro: "Eight tasks that define platform work, from the most exposed to AI to the least.",
  tasks: [
    {
      name: "CI/CD pipeline configuration",
      description: "Writing and maintaining build, test and deployment pipelines and the templates teams reuse.",
      risk: "high",
      exposure: 68,
      aiTools: ["GitHub Copilot", "GitLab Duo", "Claude Code"],
    },
    {
      name: "Infrastructure-as-code modules",
      description: "Writing Terraform, Pulumi or Crossplane modules that provision networks, clusters, databases and permissions.",
      risk: "high",
      exposure: 62,
      aiTools: ["GitHub Copilot", "Pulumi AI", "Cursor", "Amazon Q Developer"],
    },
    {
      name: "Developer documentation and golden paths",
      description: "Writing getting-started guides, templates and examples that show teams the supported way to build and ship.",
      risk: "medium",
      exposure: 45,
      aiTools: ["Claude", "ChatGPT", "GitHub Copilot"],
    },
    {
      name: "Kubernetes and runtime operations",
      description: "Upgrading clusters, tuning workloads and resolving runtime problems across shared infrastructure.",
      risk: "medium",
      exposure: 32,
      aiTools: ["K8sGPT", "Komodor Klaudia", "Datadog Bits AI"],
    },
    {
      name: "Security and policy by default",
      description:
        "Building guardrails — policies, secrets handling, supply-chain checks — into the platform so teams are safe without thinking about it.",
      risk: "low",
      exposure: 22,
      aiTools: ["Snyk", "GitHub Copilot Autofix", "ChatGPT"],
    },
    {
      name: "Platform architecture",
      description: "Choosing the building blocks of the platform, how tenants are isolated, and how it scales and fails.",
      risk: "low",
      exposure: 12,
      aiTools: ["ChatGPT", "Claude"],
    },
    {
      name: "Internal product management",
      description: "Interviewing developer teams, prioritising platform capabilities and measuring adoption and developer experience.",
      risk: "low",
      exposure: 8,
      aiTools: ["Productboard AI", "ChatGPT"],
    },
    {
      name: "Migration and adoption leadership",
      description: "Persuading and helping teams move onto the platform, and retiring the old ways safely.",
      risk: "low",
      exposure: 6,
      aiTools: ["Microsoft 365 Copilot"],
    },
  ],
  timelineIntro: "Platform engineering grew out of DevOps just as AI assistants arrived, and the two have shaped each other.",
  timeline: [
    {
      period: "2021–2024",
      title: "Platforms as products",
      body: "Organisations formed platform teams to tame sprawling DevOps tooling, and assistants became good at pipelines and infrastructure code. The hard part moved from writing YAML to deciding what the platform should offer.",
    },
    {
      period: "2025–2026",
      title: "AI inside the platform",
      body: "Internal developer portals gained AI assistants that scaffold services and answer 'how do I' questions. Platform teams now also run the AI tooling itself, with its own cost, security and governance needs.",
    },
    {
      period: "2028–2035",
      title: "Self-assembling infrastructure, human design",
      body: "Expect agents to provision and operate much standard infrastructure on request. Platform engineers focus on the guardrails, architecture and product decisions that make that safe and affordable.",
    },
  ],
  verdict:
    "Platform engineers face moderate exposure, well below feature development: configuration is automatable, platform design and adoption are not.",
  comparisonBlurb:
    "Platform work combines systems architecture with internal product thinking, which keeps it well below developer-level exposure.",
  pivotIntro: "Infrastructure depth and a product mindset lead into cloud architecture, reliability and security roles.",
  skills: [
    { skill: "Cloud Infrastructure", importance: 90, level: 4 },
    { skill: "Infrastructure as Code", importance: 85, level: 4 },
    { skill: "Containers and Kubernetes", importance: 85, level: 4 },
    { skill: "Computers and Electronics", importance: 85, level: 4 },
    { skill: "Programming", importance: 80, level: 3 },
    { skill: "Complex Problem Solving", importance: 75, level: 4 },
    { skill: "Developer Experience", importance: 65, level: 4 },
    { skill: "Systems Analysis", importance: 65, level: 3 },
    { skill: "Critical Thinking", importance: 65, level: 3 },
    { skill: "Distributed Systems Design", importance: 60, level: 3 },
    { skill: "Security Engineering", importance: 60, level: 3 },
    { skill: "Observability and Monitoring", importance: 55, level: 3 },
    { skill: "API Design", importance: 45, level: 3 },
    { skill: "Networking", importance: 45, level: 3 },
  ],
  salary: {
    currency: "GBP",
    p25: 60000,
    median: 72500,
    p75: 87500,
    source: "ITJobsWatch, permanent UK job adverts citing 'Platform Engineer'",
    sourceUrl: "https://www.itjobswatch.co.uk/jobs/uk/platform%20engineer.do",
    year: 2025,
    period: "6 months to October 2025",
    reviewedOn: "2026-11-01",
    roundedTo: 2500,
    regions: [],
    regionalNote:
      "The source reports UK-wide adverts; we have not curated a regional split for this role yet. London adverts usually pay more than the UK figure and most other regions less.",
  },
  employers: employersFor(
    "monzo",
    "gds",
    "sky",
    "kraken",
    "thg",
    "zopa",
    "lloyds",
    "hmrc",
    "canonical",
    "gitlab",
    "kainos",
    "starling",
    "ocado",
    "experian",
  ),
  learningResources: resourcesFor(
    "cka",
    "terraformAssociate",
    "teamTopologies",
    "prometheusAssociate",
    "awsSolutionsArchitectAssociate",
    "openTelemetryIntro",
  ),
  faq: [
    {
      question: "Will AI replace platform engineers?",
      answer:
        "AI is taking over much of the configuration and scripting, but platform engineering is mostly about designing a safe, well-adopted internal product. That needs judgement about architecture, security and people, so the role is changing shape rather than disappearing.",
    },
    {
      question: "Which platform engineering tasks does AI threaten most?",
      answer:
        "Pipeline configuration and infrastructure-as-code modules are the most exposed. Documentation and runtime operations are moderately exposed. Security-by-default, platform architecture, product management and migration leadership are the least exposed.",
    },
    {
      question: "How quickly is AI changing platform engineering?",
      answer:
        "Quickly for the code, slowly for the role. Assistants already write most boilerplate infrastructure; the next step is agents provisioning standard resources on request, which raises the importance of guardrails and governance that platform teams own.",
    },
    {
      question: "What should platform engineers do to stay relevant?",
      answer:
        "Invest in platform architecture, security guardrails, cost management and the product skills of understanding internal users. Cloud architecture is a natural next step; site reliability and security engineering are close neighbours.",
    },
  ],
  sources: [
    { label: "Eloundou et al. (2024), “GPTs are GPTs”, Science 384(6702)" },
    {
      label: "O*NET task statements for 15-1244.00 Network and Computer Systems Administrators",
      url: "https://www.onetonline.org/link/summary/15-1244.00",
    },
    {
      label: "ITJobsWatch, 'Platform Engineer' permanent salary data, 6 months to October 2025",
      url: "https://www.itjobswatch.co.uk/jobs/uk/platform%20engineer.do",
    },
  ],
  updatedAt: "2026-11-01",
} satisfies CuratedOccupation;
