import type { CuratedOccupation } from "../catalogue-schema";
import { employersFor } from "../employers";
import { resourcesFor } from "../skills";

export default {
  slug: "backend-developer",
  title: "Backend Developer",
  pluralTitle: "Backend Developers",
  sector: "Technology",
  socCode: "15-1252",
  alternateTitles: ["Back-end Engineer", "Server-side Developer", "API Engineer", "Backend Software Engineer"],
  summary:
    "Backend Developers build the server-side systems behind web and mobile products: APIs, data models, authentication, business rules and the integrations that tie services together. AI coding assistants now write much of the routine code — standard endpoints, queries and tests — quickly and well. What they cannot yet be trusted with is the judgement: choosing an architecture, hardening it against attack, and keeping it fast and correct when thousands of requests arrive at once.",
  exposureScore: 44,
  exposureLabel: "Moderate, manageable risk",
  windowToAct: {
    label: "Early 2030s",
    detail:
      "Assistants already turn out standard backend patterns reliably, yet replacing the engineers who design secure, scalable systems looks a long way off — not before the early 2030s on current progress. Juniors whose week is mostly routine endpoint work will feel the squeeze first, in the next two to three years; seniors who own design and security have far longer.",
  },
  vsAllWorkers:
    "Backend developers are somewhat more exposed than the average UK worker, but sit at the lower end of the moderate band. AI drafts endpoints and queries well; real systems bring race conditions, partial failures, data integrity and attackers, and those keep experienced engineers in demand.",
  outlook:
    "AI is making backend developers faster at routine coding. Building systems that stay secure, reliable and fast under real load still depends on human judgement, experience and knowledge of the business.",
  tasksIntro: "Eight tasks that make up most backend work, from the most exposed to AI to the least.",
  tasks: [
    {
      name: "CRUD API endpoint development",
      description:
        "Writing standard REST or GraphQL endpoints that create, read, update and delete records, with request validation and error handling.",
      risk: "high",
      exposure: 78,
      aiTools: ["GitHub Copilot", "Cursor", "Amazon Q Developer", "Claude Code"],
    },
    {
      name: "Database query writing",
      description: "Producing SQL queries, ORM models, schema migrations and stored procedures for everyday data access and changes.",
      risk: "high",
      exposure: 72,
      aiTools: ["GitHub Copilot", "AI2SQL", "Cursor", "ChatGPT"],
    },
    {
      name: "Unit and integration test generation",
      description: "Writing automated tests for endpoints, services and database access that pin down expected behaviour and edge cases.",
      risk: "high",
      exposure: 70,
      aiTools: ["GitHub Copilot", "Cursor", "Tabnine", "Claude"],
    },
    {
      name: "API security implementation",
      description:
        "Adding authentication, authorisation, rate limits, input sanitising and security headers to endpoints using established patterns.",
      risk: "medium",
      exposure: 45,
      aiTools: ["GitHub Copilot", "Snyk Code", "SonarQube AI CodeFix", "Cursor"],
    },
    {
      name: "Third-party API and service integration",
      description:
        "Connecting payment providers, messaging, cloud APIs and data platforms, handling credentials, retries and partial failures.",
      risk: "medium",
      exposure: 42,
      aiTools: ["GitHub Copilot", "Postman Postbot", "ChatGPT"],
    },
    {
      name: "Performance tuning and observability",
      description:
        "Profiling latency, finding N+1 queries, choosing indexes, and instrumenting services with tracing, metrics and useful logs.",
      risk: "low",
      exposure: 22,
      aiTools: ["Datadog Bits AI", "GitHub Copilot", "Cursor"],
    },
    {
      name: "Security architecture and threat modelling",
      description:
        "Designing authentication flows, encryption and security controls for new systems, and reasoning about threats at the design level.",
      risk: "low",
      exposure: 12,
      aiTools: ["ChatGPT", "Claude", "IriusRisk"],
    },
    {
      name: "Distributed systems and service design",
      description:
        "Designing services, event flows and data ownership, and trading off consistency, availability and cost when the network fails.",
      risk: "low",
      exposure: 10,
      aiTools: ["ChatGPT", "Claude", "Eraser AI"],
    },
  ],
  timelineIntro:
    "AI assistants have reshaped backend work steadily since 2021. The change has landed on routine implementation; system design, security and reliability have held up.",
  timeline: [
    {
      period: "2021–2024",
      title: "AI writes the boilerplate",
      body: "Copilot-style assistants became everyday tools, with clear gains on endpoint scaffolding and test writing. Some companies slowed junior hiring as existing engineers shipped more. Reviews caught a new class of problem: plausible-looking generated code with security holes.",
    },
    {
      period: "2025–2026",
      title: "Agents scaffold whole features",
      body: "Agentic tools can now take a written specification and produce models, migrations, endpoints and tests in one pass. Senior engineers spend more of their week specifying, reviewing and integrating than typing every line themselves.",
    },
    {
      period: "2028–2035",
      title: "Engineers design, AI implements",
      body: "Expect AI to implement most well-understood backend patterns. The engineer's job concentrates on architecture, security review, performance and the novel distributed-systems problems agents cannot reason through reliably. Demand for strong engineers should hold as systems grow more complex.",
    },
  ],
  verdict:
    "Backend developers face moderate, manageable exposure. Routine implementation is being automated, but the core of the discipline — design, security and reliability — is well insulated from what AI can do today.",
  comparisonBlurb:
    "Routine endpoint and query work is automatable, but security architecture, performance and distributed design stay firmly human.",
  pivotIntro:
    "Server-side engineering, API design and a habit of thinking in systems carry over well — into platform, reliability and cloud roles, and on towards technical leadership.",
  skills: [
    { skill: "Programming", importance: 95, level: 4 },
    { skill: "API Design", importance: 85, level: 4 },
    { skill: "Databases and SQL", importance: 85, level: 4 },
    { skill: "Computers and Electronics", importance: 85, level: 4 },
    { skill: "Complex Problem Solving", importance: 80, level: 4 },
    { skill: "Critical Thinking", importance: 70, level: 4 },
    { skill: "Distributed Systems Design", importance: 70, level: 3 },
    { skill: "Software Testing", importance: 65, level: 4 },
    { skill: "Systems Analysis", importance: 65, level: 3 },
    { skill: "Cloud Infrastructure", importance: 65, level: 3 },
    { skill: "Judgment and Decision Making", importance: 60, level: 3 },
    { skill: "Security Engineering", importance: 55, level: 3 },
    { skill: "Writing", importance: 45, level: 3 },
    { skill: "Networking", importance: 40, level: 3 },
  ],
  salary: {
    currency: "GBP",
    p25: 52500,
    median: 67500,
    p75: 85000,
    source: "ITJobsWatch, permanent UK job adverts for 'Backend Developer'",
    sourceUrl: "https://www.itjobswatch.co.uk/jobs/uk/backend%20developer.do",
    year: 2025,
    period: "6 months to 15 October 2025",
    reviewedOn: "2026-11-29",
    roundedTo: 0,
    sampleSize: 81,
    outsideLondonMedian: 55000,
    regions: [
      {
        region: "london",
        p25: 67500,
        median: 80000,
        p75: 90000,
        sourceUrl: "https://www.itjobswatch.co.uk/jobs/london/backend%20developer.do",
        period: "6 months to 21 November 2025",
        sampleSize: 41,
      },
    ],
    regionalNote:
      "The source publishes London separately and a median for the UK outside London; other regions' samples for this title are too small to quote.",
  },
  employers: employersFor(
    "monzo",
    "kraken",
    "gds",
    "bbc",
    "autoTrader",
    "skyscanner",
    "sage",
    "kainos",
    "experian",
    "starling",
    "dwp",
    "ocado",
    "gitlab",
  ),
  learningResources: resourcesFor(
    "googleApiDesignGuide",
    "postgresDocsPerformance",
    "ddia",
    "owaspTopTen",
    "awsSolutionsArchitectAssociate",
    "exercism",
  ),
  faq: [
    {
      question: "Will AI replace backend developers?",
      answer:
        "Not wholesale, but it is changing the job. Routine work such as CRUD endpoints and standard queries is increasingly written by AI. Designing systems that are secure and scale, choosing between architectural options and tuning complex distributed applications still need human judgement, so engineers who own design and security stay in demand.",
    },
    {
      question: "Which backend tasks does AI threaten most?",
      answer:
        "Standard endpoint creation, query writing and boilerplate tests are the most exposed: current tools handle most of these patterns reliably. Adding authentication and wiring up third-party services sit in the middle. Designing for security, scaling across many services and tuning performance under real load are the best protected, because each depends on context a model rarely has.",
    },
    {
      question: "How fast is AI changing backend development jobs?",
      answer:
        "It is happening now: most backend developers already use an AI assistant every day. Over the next three to five years agentic tools will take on ever more complete features. Developers whose week is mostly boilerplate feel it first; engineers who own architecture, security and reliability stay valued.",
    },
    {
      question: "How can backend developers stay relevant?",
      answer:
        "Invest in what AI does poorly: distributed systems design, threat modelling, performance engineering and database optimisation for hard workloads. Platform engineering, site reliability and cloud architecture are strong adjacent paths. Knowing how to review and safely ship AI-generated code is itself becoming a valuable skill.",
    },
  ],
  sources: [
    { label: "Eloundou et al. (2024), “GPTs are GPTs”, Science 384(6702)" },
    { label: "O*NET task statements for 15-1252.00 Software Developers", url: "https://www.onetonline.org/link/summary/15-1252.00" },
    {
      label: "ITJobsWatch, 'Backend Developer' permanent salary data, 6 months to 15 October 2025",
      url: "https://www.itjobswatch.co.uk/jobs/uk/backend%20developer.do",
    },
    {
      label: "ITJobsWatch, 'Backend Developer' permanent salary data in London, 6 months to 21 November 2025",
      url: "https://www.itjobswatch.co.uk/jobs/london/backend%20developer.do",
    },
  ],
  updatedAt: "2026-11-01",
} satisfies CuratedOccupation;
