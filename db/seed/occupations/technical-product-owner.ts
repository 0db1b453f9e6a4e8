import type { CuratedOccupation } from "../catalogue-schema";
import { employersFor } from "../employers";
import { resourcesFor } from "../skills";

export default {
  slug: "technical-product-owner",
  title: "Technical Product Owner",
  pluralTitle: "Technical Product Owners",
  sector: "Technology",
  alternateTitles: ["Product Owner", "Technical Product Manager", "Platform Product Owner", "Digital Product Owner"],
  summary:
    "Technical Product Owners decide what an engineering team builds next and why. They turn customer, business and regulatory needs into a prioritised backlog, write the stories and acceptance criteria, weigh scope against technical debt with engineers, and answer to stakeholders for the result. AI now drafts stories, condenses research and tidies backlogs in minutes. Choosing what not to build, and getting a room of people with competing interests to accept that choice, remains the centre of the job.",
  exposureScore: 35,
  exposureLabel: "Moderate, manageable risk",
  windowToAct: {
    label: "Early 2030s",
    detail:
      "Backlog writing and reporting are already well served by AI, which squeezes product roles that are mostly administrative. Junior and 'backlog administrator' roles feel it first. Senior owners who hold real decision rights, understand the technology and manage stakeholders well should remain in demand into the 2030s.",
  },
  vsAllWorkers:
    "Technical product owners sit slightly above the average worker. The writing-heavy parts of the role — stories, notes and updates — are highly exposed, while prioritisation, negotiation and accountability for outcomes are not.",
  outlook:
    "AI is stripping the paperwork out of product ownership. What remains is the part that always mattered most: deciding what is worth building, and bringing engineers and the business with you.",
  tasksIntro: "Eight tasks that make up a technical product owner's week, from the most exposed to AI to the least.",
  tasks: [
    {
      name: "User stories and acceptance criteria",
      description:
        "Turning agreed needs into clear stories, acceptance criteria and worked examples that engineers can build against and testers can check.",
      risk: "high",
      exposure: 72,
      aiTools: ["Atlassian Intelligence", "ChatGPT", "Claude", "GitHub Copilot"],
    },
    {
      name: "Status reporting and release notes",
      description:
        "Summarising progress, risks and shipped changes for leadership, support teams and customers, in the right level of detail for each.",
      risk: "high",
      exposure: 68,
      aiTools: ["Microsoft 365 Copilot", "Atlassian Intelligence", "Notion AI"],
    },
    {
      name: "Research and feedback synthesis",
      description:
        "Condensing customer interviews, support tickets, sales notes and usage data into themes, problems worth solving and open questions.",
      risk: "medium",
      exposure: 50,
      aiTools: ["Dovetail AI", "Productboard AI", "ChatGPT", "Claude"],
    },
    {
      name: "Backlog refinement",
      description:
        "Keeping the backlog ordered, sized and ready with the team: splitting large items, spotting dependencies and retiring work that no longer matters.",
      risk: "medium",
      exposure: 32,
      aiTools: ["Atlassian Intelligence", "Productboard AI", "ChatGPT"],
    },
    {
      name: "Outcome measurement",
      description:
        "Defining what success looks like for a release, checking whether it happened, and changing course when the numbers say it did not.",
      risk: "low",
      exposure: 20,
      aiTools: ["Amplitude AI", "Mixpanel Spark", "ChatGPT"],
    },
    {
      name: "Technical trade-off discussions",
      description:
        "Weighing scope, technical debt, security and architecture choices with engineers, and deciding what to defer and what cannot wait.",
      risk: "low",
      exposure: 15,
      aiTools: ["ChatGPT", "Claude"],
    },
    {
      name: "Prioritisation and roadmap decisions",
      description:
        "Choosing what the team does next against business goals, evidence, cost and constraints — and explaining clearly why other requests must wait.",
      risk: "low",
      exposure: 12,
      aiTools: ["Productboard AI", "ChatGPT"],
    },
    {
      name: "Stakeholder alignment and negotiation",
      description:
        "Reconciling the demands of sales, operations, compliance, leadership and engineering, and keeping trust when the answer is 'not yet'.",
      risk: "low",
      exposure: 8,
      aiTools: ["Microsoft 365 Copilot"],
    },
  ],
  timelineIntro:
    "Product ownership has so far felt AI mostly in its paperwork. The decisions themselves have barely moved — but the number of people needed to support them has.",
  timeline: [
    {
      period: "2021–2024",
      title: "Assistants take the admin",
      body: "Product owners began using AI to draft stories, summarise meetings and write release notes. The administrative load fell noticeably, and some organisations merged product owner and product manager roles or asked one owner to cover several teams.",
    },
    {
      period: "2025–2026",
      title: "Research synthesis at scale",
      body: "Tools now cluster thousands of pieces of feedback, propose opportunity areas and draft whole epics from a brief. The product owner's value sits in judging which signals matter, testing the AI's summaries against reality, and turning them into decisions the team believes in.",
    },
    {
      period: "2028–2035",
      title: "Fewer, more senior product roles",
      body: "Expect most product administration to be automated. The roles that remain should be fewer but more strategic: owners who hold genuine decision rights, understand the technology well enough to challenge engineers, and can steer complicated stakeholder landscapes.",
    },
  ],
  verdict:
    "Technical product owners face moderate, manageable exposure. The writing and reporting are being automated; prioritisation, negotiation and ownership of outcomes are not.",
  comparisonBlurb:
    "Product owners apply technical understanding to decisions about what to build — judgement and negotiation that AI can inform but not take over.",
  pivotIntro:
    "Prioritisation, stakeholder management and technical literacy open routes into engineering management, solutions architecture and wider product leadership.",
  skills: [
    { skill: "Roadmapping and Prioritisation", importance: 95, level: 4 },
    { skill: "Product Discovery", importance: 90, level: 4 },
    { skill: "Stakeholder Management", importance: 90, level: 4 },
    { skill: "Agile Delivery", importance: 85, level: 4 },
    { skill: "Judgment and Decision Making", importance: 85, level: 4 },
    { skill: "Business Analysis", importance: 80, level: 4 },
    { skill: "Speaking", importance: 75, level: 4 },
    { skill: "Writing", importance: 75, level: 4 },
    { skill: "Active Listening", importance: 70, level: 4 },
    { skill: "Negotiation", importance: 65, level: 3 },
    { skill: "Customer and Personal Service", importance: 55, level: 3 },
    { skill: "Computers and Electronics", importance: 50, level: 3 },
    { skill: "API Design", importance: 35, level: 2 },
  ],
  salary: {
    currency: "GBP",
    p25: 55000,
    median: 65000,
    p75: 77500,
    source: "ITJobsWatch, permanent UK job adverts citing 'Technical Product Owner'",
    sourceUrl: "https://www.itjobswatch.co.uk/jobs/uk/technical%20product%20owner.do",
    year: 2025,
    period: "6 months to October 2025",
    reviewedOn: "2026-11-01",
    roundedTo: 2500,
    regions: [],
    regionalNote:
      "The source reports UK-wide adverts; we have not curated a regional split for this role yet. London adverts usually pay more than the UK figure and most other regions less.",
  },
  employers: employersFor(
    "gds",
    "sage",
    "rightmove",
    "experian",
    "johnLewis",
    "starling",
    "bbc",
    "dwp",
    "hmrc",
    "kainos",
    "admiral",
    "jlr",
  ),
  learningResources: resourcesFor(
    "pspo",
    "continuousDiscovery",
    "bcsBusinessAnalysis",
    "govukDesignSystem",
    "writingForGovuk",
    "accelerate",
  ),
  faq: [
    {
      question: "Will AI replace technical product owners?",
      answer:
        "Not the ones who make decisions. AI is absorbing the administrative side of the role — stories, notes, summaries and reports — but it cannot carry accountability for what a team builds or negotiate between people with competing interests. Expect purely administrative product roles to shrink, while owners with real decision rights and technical credibility become more valuable.",
    },
    {
      question: "Which product owner tasks are most at risk from AI?",
      answer:
        "Writing stories and acceptance criteria and producing status updates and release notes are the most exposed. Research synthesis and backlog refinement are moderately exposed: AI does the first pass well, but someone still has to judge it. Prioritisation, technical trade-offs, stakeholder negotiation and outcome ownership are the least exposed.",
    },
    {
      question: "How quickly is AI changing product owner roles?",
      answer:
        "The tools are already built into Jira, Confluence and the main research platforms, so the change is happening now. Over the next three to five years expect leaner product teams, with each owner covering more scope and spending a larger share of the week on decisions rather than documents.",
    },
    {
      question: "What should technical product owners do to stay relevant?",
      answer:
        "Get better at evidence-based prioritisation, outcome measurement and leading stakeholders, and stay technically literate enough to challenge engineers credibly on architecture and debt. Use AI to clear the paperwork so your time goes on judgement. Engineering management and solutions architecture are natural next steps for owners with a strong technical grounding.",
    },
  ],
  sources: [
    { label: "Eloundou et al. (2024), “GPTs are GPTs”, Science 384(6702)" },
    {
      label: "O*NET task statements for 15-1299.09 Information Technology Project Managers (closest match)",
      url: "https://www.onetonline.org/link/summary/15-1299.09",
    },
    {
      label: "ITJobsWatch, UK permanent salary data for the job title, 6 months to October 2025",
      url: "https://www.itjobswatch.co.uk/jobs/uk/technical%20product%20owner.do",
    },
  ],
  updatedAt: "2026-11-01",
} satisfies CuratedOccupation;
