import type { CuratedOccupation } from "../catalogue-schema";

export default {
  slug: "technical-product-owner",
  title: "Technical Product Owner",
  pluralTitle: "Technical Product Owners",
  sector: "Technology",
  alternateTitles: ["Product Owner", "Technical Product Manager", "Platform Product Manager"],
  summary:
    "Technical Product Owners decide what an engineering team builds next and why. They turn customer and business needs into a prioritised backlog, write the stories and acceptance criteria, make trade-offs with engineers about scope and technical debt, and answer to stakeholders for the outcome. AI now drafts user stories, summarises research and tidies backlogs, but choosing what not to build — and getting everyone to accept it — remains the heart of the job.",
  exposureScore: 35,
  exposureLabel: "Moderate risk",
  windowToAct: {
    label: "Early 2030s",
    detail:
      "Backlog writing and reporting are already well supported by AI, which squeezes product roles that are mostly administrative. Owners who hold real decision rights, understand the technology and manage stakeholders well should remain in demand into the 2030s.",
  },
  vsAllWorkers:
    "Technical product owners sit a little above the average worker: the writing-heavy parts of the role are exposed, while prioritisation and negotiation are not.",
  outlook:
    "AI is making product administration lighter. Deciding what matters, and aligning people behind it, is where product owners earn their place.",
  tasksIntro: "Eight tasks that make up the role, from the most exposed to AI to the least.",
  tasks: [
    {
      name: "Writing user stories and acceptance criteria",
      description: "Turning agreed needs into clear stories, acceptance criteria and examples the team can build and test against.",
      risk: "high",
      exposure: 72,
      aiTools: ["Atlassian Intelligence", "ChatGPT", "Claude"],
    },
    {
      name: "Status reporting and release notes",
      description: "Summarising progress, risks and changes for stakeholders and customers.",
      risk: "high",
      exposure: 66,
      aiTools: ["Microsoft 365 Copilot", "Atlassian Intelligence", "Notion AI"],
    },
    {
      name: "Research and feedback synthesis",
      description: "Summarising customer interviews, support tickets and analytics into themes and opportunities.",
      risk: "medium",
      exposure: 45,
      aiTools: ["Dovetail AI", "Productboard AI", "ChatGPT"],
    },
    {
      name: "Backlog refinement",
      description: "Keeping the backlog ordered, sized and ready with the team, splitting large items and removing stale ones.",
      risk: "medium",
      exposure: 30,
      aiTools: ["Jira with Atlassian Intelligence", "Linear AI"],
    },
    {
      name: "Outcome ownership",
      description: "Defining success measures, checking whether releases achieved them, and changing course when they did not.",
      risk: "low",
      exposure: 22,
      aiTools: ["Amplitude AI", "Mixpanel Spark"],
    },
    {
      name: "Technical trade-off discussions",
      description: "Weighing scope, technical debt and architecture choices with engineers and deciding what to defer.",
      risk: "low",
      exposure: 18,
      aiTools: ["ChatGPT", "Claude"],
    },
    {
      name: "Prioritisation and roadmap decisions",
      description: "Choosing what the team does next against business goals, evidence and constraints, and saying no to the rest.",
      risk: "low",
      exposure: 15,
      aiTools: ["Productboard AI", "Aha! AI"],
    },
    {
      name: "Stakeholder negotiation",
      description: "Aligning sales, operations, leadership and engineering on priorities and handling conflicting demands.",
      risk: "low",
      exposure: 10,
      aiTools: ["Microsoft 365 Copilot"],
    },
  ],
  timelineIntro: "Product roles have felt AI mostly in their paperwork so far.",
  timeline: [
    {
      period: "2021–2024",
      title: "Assistants for the backlog",
      body: "Product owners used AI to draft stories, summarise meetings and write release notes. Administrative load fell, and some organisations merged product owner and manager roles.",
    },
    {
      period: "2025–2026",
      title: "Research synthesis at scale",
      body: "Tools now cluster thousands of pieces of feedback and propose opportunity areas. The product owner's value is in judging which signals matter and turning them into decisions the team believes in.",
    },
    {
      period: "2028–2035",
      title: "Fewer, more senior product roles",
      body: "Expect administrative product work to be largely automated, with fewer but more strategic product owners who hold decision rights, understand the technology and manage complex stakeholder landscapes.",
    },
  ],
  verdict:
    "Technical product owners face moderate exposure. The writing and reporting are automating; prioritisation, negotiation and outcome ownership are not.",
  comparisonBlurb:
    "Product owners apply technical depth to decisions about what to build — judgement and negotiation that AI supports but does not replace.",
  pivotIntro: "Product judgement and stakeholder skills open routes into engineering management, solutions architecture and strategy roles.",
  skills: [
    { skill: "Product Discovery", importance: 90, level: 4 },
    { skill: "Roadmapping and Prioritisation", importance: 95, level: 4 },
    { skill: "Stakeholder Management", importance: 90, level: 4 },
    { skill: "Agile Delivery", importance: 85, level: 4 },
    { skill: "Business Analysis", importance: 80, level: 4 },
    { skill: "Judgment and Decision Making", importance: 85, level: 4 },
    { skill: "Speaking", importance: 75, level: 4 },
    { skill: "Writing", importance: 75, level: 4 },
    { skill: "Negotiation", importance: 65, level: 3 },
    { skill: "Computers and Electronics", importance: 55, level: 3 },
    { skill: "API Design", importance: 35, level: 2 },
    { skill: "Active Listening", importance: 70, level: 4 },
    { skill: "Customer and Personal Service", importance: 55, level: 3 },
  ],
  salary: {
    currency: "GBP",
    p25: 55000,
    median: 65000,
    p75: 77500,
    source: "ITJobsWatch, permanent UK job adverts citing 'Technical Product Owner', 6 months to October 2025",
    sourceUrl: "https://www.itjobswatch.co.uk/",
    year: 2025,
  },
  employers: [
    { name: "Ministry of Justice Digital", sector: "Public sector", location: "London and Sheffield" },
    { name: "Sage", sector: "Business software", location: "Newcastle" },
    { name: "Rightmove", sector: "Online marketplaces", location: "London and Milton Keynes" },
    { name: "Experian", sector: "Data and analytics", location: "Nottingham" },
    { name: "John Lewis Partnership", sector: "Retail", location: "London" },
    { name: "Starling Bank", sector: "Fintech", location: "London and Manchester" },
    { name: "BBC", sector: "Media", location: "Salford" },
  ],
  faq: [
    {
      question: "Will AI replace product owners?",
      answer:
        "AI is absorbing the administrative side — stories, notes, reports — but not the decisions. Product owners who hold real decision rights, understand the technology and can align stakeholders are likely to become more valuable, while purely administrative product roles shrink.",
    },
    {
      question: "Which product owner tasks are most at risk from AI?",
      answer:
        "Writing stories and acceptance criteria and producing status reports are the most exposed. Research synthesis is moderately exposed. Prioritisation, trade-off discussions, stakeholder negotiation and outcome ownership are the least exposed.",
    },
    {
      question: "How quickly is AI changing product roles?",
      answer:
        "The tooling is already here in Jira, Confluence and research platforms. Over the next few years expect leaner product teams, with each product owner covering more scope and spending more time on decisions.",
    },
    {
      question: "What should technical product owners do to stay relevant?",
      answer:
        "Strengthen evidence-based prioritisation, outcome measurement and stakeholder leadership, and stay technically literate enough to challenge engineers credibly. Engineering management and solutions architecture are natural moves for those with strong technical grounding.",
    },
  ],
  sources: [
    { label: "Eloundou et al. (2024), “GPTs are GPTs”, Science 384(6702)" },
    { label: "O*NET task statements for 15-1299.09 Information Technology Project Managers", url: "https://www.onetonline.org/link/summary/15-1299.09" },
    { label: "ITJobsWatch UK permanent salary data, 2025", url: "https://www.itjobswatch.co.uk/" },
  ],
  updatedAt: "2026-11-01",
} satisfies CuratedOccupation;
