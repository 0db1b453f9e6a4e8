import type { CuratedOccupation } from "../catalogue-schema";
import { employersFor } from "../employers";
import { resourcesFor } from "../skills";

export default {
  slug: "engineering-manager",
  title: "Engineering Manager",
  pluralTitle: "Engineering Managers",
  sector: "Technology",
  socCode: "11-3021",
  alternateTitles: ["Software Engineering Manager", "Development Manager", "Head of Engineering", "Engineering Team Lead", "Delivery Lead"],
  summary:
    "Engineering Managers lead teams of software engineers. They hire and develop people, shape how the team works, agree priorities with product and the wider business, and make sure what is promised gets delivered safely. Most keep enough technical depth to guide design decisions without writing much code themselves. AI now drafts their updates, job adverts and review notes, but trust, coaching, hiring judgement and difficult conversations are squarely human work — and more teams using AI makes good management more important, not less.",
  exposureScore: 24,
  exposureLabel: "Low, well-insulated risk",
  windowToAct: {
    label: "Mid-2030s",
    detail:
      "The administrative side of management is already lighter with AI, but the core of the job — leading people — is well protected. The main pressure is structural: organisations flattening layers and giving each manager larger teams. New and first-line managers with narrow remits feel that first; experienced managers who combine people leadership with technical credibility remain in demand.",
  },
  vsAllWorkers:
    "Engineering managers sit below the average worker's exposure. Their paperwork is highly exposed, but most of the role is coaching, hiring, negotiating and deciding, which AI supports rather than performs.",
  outlook:
    "AI is changing what engineering teams look like — smaller, faster and producing more code to review. Managers who can redesign how their teams work around AI, and keep quality and morale high while doing it, will be valued.",
  tasksIntro: "Eight tasks that make up an engineering manager's week, from the most exposed to AI to the least.",
  tasks: [
    {
      name: "Status updates and written reporting",
      description:
        "Summarising delivery progress, risks and team health for leadership, and writing the updates and documents that keep other teams informed.",
      risk: "high",
      exposure: 60,
      aiTools: ["Microsoft 365 Copilot", "Atlassian Intelligence", "Notion AI", "ChatGPT"],
    },
    {
      name: "Hiring preparation and screening",
      description:
        "Writing job adverts and interview questions, organising panels and sifting applications before the interviews and decisions that follow.",
      risk: "medium",
      exposure: 42,
      aiTools: ["Ashby AI", "ChatGPT", "Claude"],
    },
    {
      name: "Drafting performance reviews",
      description:
        "Gathering feedback, evidence and contributions into written reviews and promotion cases that are fair, specific and consistent across the team.",
      risk: "medium",
      exposure: 35,
      aiTools: ["Lattice AI", "Culture Amp AI", "ChatGPT"],
    },
    {
      name: "Delivery planning and tracking",
      description:
        "Breaking commitments into plans, tracking flow and dependencies, spotting slippage early and adjusting scope or staffing with product partners.",
      risk: "medium",
      exposure: 30,
      aiTools: ["Atlassian Intelligence", "LinearB", "Jellyfish"],
    },
    {
      name: "Technical direction and design review",
      description:
        "Guiding architecture and design decisions, reviewing the riskiest changes and balancing new features against technical debt and reliability.",
      risk: "low",
      exposure: 15,
      aiTools: ["GitHub Copilot", "ChatGPT", "Claude"],
    },
    {
      name: "Incident and escalation leadership",
      description:
        "Taking charge when production or delivery goes badly wrong: organising people, communicating with stakeholders and leading the blameless review afterwards.",
      risk: "low",
      exposure: 10,
      aiTools: ["incident.io AI", "Microsoft 365 Copilot"],
    },
    {
      name: "Team design and headcount",
      description:
        "Deciding team shape, roles and hiring plans, making the final hiring and promotion decisions, and managing budget and contractors.",
      risk: "low",
      exposure: 6,
      aiTools: ["ChatGPT", "Microsoft Excel Copilot"],
    },
    {
      name: "Coaching and one-to-ones",
      description:
        "Regular one-to-ones, career development, handling underperformance and personal difficulties, and building a team where people speak up.",
      risk: "low",
      exposure: 5,
      aiTools: ["ChatGPT", "Claude"],
    },
  ],
  timelineIntro:
    "AI has changed the engineering manager's inbox more than the engineering manager's job — but it is starting to change the teams they lead.",
  timeline: [
    {
      period: "2021–2024",
      title: "Less admin, leaner layers",
      body: "Managers picked up AI tools for meeting notes, updates and first drafts of job adverts and reviews. Over the same period many UK tech firms cut management layers and widened spans of control after the post-2021 hiring boom, a bigger influence on the role than AI itself.",
    },
    {
      period: "2025–2026",
      title: "Managing AI-augmented teams",
      body: "Engineers now work with coding agents that produce far more code to review. Managers are rethinking how work is split, how quality is protected, how juniors learn, and how productivity is judged — while engineering analytics tools surface delivery signals that once took hours to assemble.",
    },
    {
      period: "2028–2035",
      title: "Leading smaller, more senior teams",
      body: "Expect teams to be smaller and more senior, with agents handling much routine implementation. The engineering manager's job centres on hiring well, developing people in a changed career ladder, setting technical direction and owning the outcome — work that remains stubbornly human.",
    },
  ],
  verdict:
    "Engineering managers face low, well-insulated exposure. The reporting and paperwork are automating; hiring, coaching, technical direction and accountability for delivery are not.",
  comparisonBlurb:
    "Management paperwork is exposed, but hiring, coaching and accountability for a team's delivery leave engineering managers among the least exposed roles in technology.",
  pivotIntro:
    "People leadership, delivery and stakeholder skills carry into senior engineering leadership, product leadership and technical programme management.",
  skills: [
    { skill: "Management of Personnel Resources", importance: 95, level: 4 },
    { skill: "Coordination", importance: 85, level: 4 },
    { skill: "Stakeholder Management", importance: 85, level: 4 },
    { skill: "Judgment and Decision Making", importance: 85, level: 4 },
    { skill: "Administration and Management", importance: 80, level: 4 },
    { skill: "Active Listening", importance: 75, level: 4 },
    { skill: "Speaking", importance: 75, level: 4 },
    { skill: "Agile Delivery", importance: 70, level: 4 },
    { skill: "Instructing", importance: 65, level: 3 },
    { skill: "Computers and Electronics", importance: 65, level: 3 },
    { skill: "Roadmapping and Prioritisation", importance: 60, level: 3 },
    { skill: "Distributed Systems Design", importance: 50, level: 3 },
    { skill: "Programming", importance: 45, level: 3 },
    { skill: "Management of Financial Resources", importance: 40, level: 3 },
  ],
  salary: {
    currency: "GBP",
    p25: 80000,
    median: 95000,
    p75: 110000,
    source: "ITJobsWatch, permanent UK job adverts citing 'Engineering Manager'",
    sourceUrl: "https://www.itjobswatch.co.uk/jobs/uk/engineering%20manager.do",
    year: 2025,
    period: "6 months to October 2025",
    reviewedOn: "2026-11-01",
    roundedTo: 2500,
    regions: [],
    regionalNote:
      "The source reports UK-wide adverts; we have not curated a regional split for this role yet. London adverts usually pay more than the UK figure and most other regions less.",
  },
  employers: employersFor(
    "sage",
    "autoTrader",
    "monzo",
    "bloomberg",
    "hmrc",
    "skyscanner",
    "wise",
    "kainos",
    "bbc",
    "jlr",
    "experian",
    "gitlab",
  ),
  learningResources: resourcesFor(
    "managersPath",
    "accelerate",
    "teamTopologies",
    "googleSreBooks",
    "finopsPractitioner",
    "writingForGovuk",
  ),
  faq: [
    {
      question: "Will AI replace engineering managers?",
      answer:
        "Very unlikely. AI can draft a status update or a job advert, but it cannot build trust with a team, judge a candidate, handle a performance problem or be accountable for what ships. The bigger risk is organisational: flatter structures and larger teams mean fewer management posts. Managers with strong people skills and real technical credibility are well placed.",
    },
    {
      question: "Which engineering manager tasks are most at risk from AI?",
      answer:
        "Written reporting is the most exposed, followed by hiring preparation and first drafts of performance reviews. Delivery tracking is moderately exposed as engineering analytics tools improve. Technical direction, incident leadership, team design and coaching are the least exposed parts of the role.",
    },
    {
      question: "How quickly is AI changing engineering management?",
      answer:
        "The admin savings are here now. The larger change — teams that work alongside coding agents — is under way and will play out over the next five years, changing team sizes, career ladders and how managers judge productivity and quality. Managers who lead that change, rather than wait for it, will be in the strongest position.",
    },
    {
      question: "What should engineering managers do to stay relevant?",
      answer:
        "Invest in coaching, hiring and organisational design, and keep enough hands-on technical understanding to judge AI-assisted work and make sound architecture calls. Learn how AI tooling changes delivery and quality in practice, and how to grow junior engineers when routine tasks are automated. Head of engineering, director and technical programme roles are natural next steps.",
    },
  ],
  sources: [
    { label: "Eloundou et al. (2024), “GPTs are GPTs”, Science 384(6702)" },
    {
      label: "O*NET task statements for 11-3021.00 Computer and Information Systems Managers",
      url: "https://www.onetonline.org/link/summary/11-3021.00",
    },
    {
      label: "ITJobsWatch, UK permanent salary data for the job title, 6 months to October 2025",
      url: "https://www.itjobswatch.co.uk/jobs/uk/engineering%20manager.do",
    },
  ],
  updatedAt: "2026-11-01",
} satisfies CuratedOccupation;
