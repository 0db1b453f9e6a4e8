import type { CuratedOccupation } from "../catalogue-schema";
import { employersFor } from "../employers";
import { resourcesFor } from "../skills";

export default {
  slug: "solutions-architect",
  title: "Solutions Architect",
  pluralTitle: "Solutions Architects",
  sector: "Technology",
  socCode: "15-1299.08",
  alternateTitles: ["Technical Architect", "Enterprise Solutions Architect", "Integration Architect"],
  summary:
    "Solutions Architects design how technology will meet a business need: which systems to build or buy, how they fit together, what it will cost and what could go wrong. They translate between executives, delivery teams and suppliers, and are accountable for the shape of a solution long after the diagrams are drawn. AI now drafts architecture documents, compares vendor options and sketches diagrams, but the negotiation, trade-offs and trust-building at the heart of the job remain human.",
  exposureScore: 29,
  exposureLabel: "Lower risk",
  windowToAct: {
    label: "Mid 2030s",
    detail:
      "AI speeds up the documentation and research parts of the role now, but the decision rights, stakeholder relationships and accountability that define it are unlikely to move to AI before the mid 2030s. Junior and associate architects who mainly produce documents for other people's decisions are more exposed than senior architects who make and defend the decisions.",
  },
  vsAllWorkers:
    "Solutions architects sit at about the level of the average worker: much of their time goes on persuasion, governance and judgement about organisations — areas where AI helps but does not decide.",
  outlook:
    "AI makes the architect's research and writing faster. Choosing what to build, and getting an organisation to commit to it, is still a human job.",
  tasksIntro: "Eight tasks that make up the role, from the most exposed to AI to the least.",
  tasks: [
    {
      name: "Architecture documentation",
      description: "Writing solution designs, decision records and technical specifications that delivery teams build from.",
      risk: "high",
      exposure: 62,
      aiTools: ["ChatGPT", "Claude", "Microsoft 365 Copilot"],
    },
    {
      name: "Technology and vendor research",
      description: "Comparing products, services and open-source options against requirements, cost and risk.",
      risk: "medium",
      exposure: 50,
      aiTools: ["Perplexity", "ChatGPT", "Gemini Deep Research"],
    },
    {
      name: "Diagramming and modelling",
      description: "Producing system context, container and data-flow diagrams and keeping them consistent with reality.",
      risk: "medium",
      exposure: 45,
      aiTools: ["Eraser AI", "Lucid AI", "Miro AI"],
    },
    {
      name: "Cost estimation",
      description: "Estimating build, licence and running costs for options, and building the business case around them.",
      risk: "medium",
      exposure: 30,
      aiTools: ["Amazon Q Developer", "Microsoft Copilot in Azure", "Microsoft 365 Copilot"],
    },
    {
      name: "Requirements discovery",
      description: "Working with business owners to uncover what is really needed, including the constraints nobody wrote down.",
      risk: "low",
      exposure: 18,
      aiTools: ["Otter.ai", "Microsoft 365 Copilot", "ChatGPT"],
    },
    {
      name: "Architecture trade-off decisions",
      description: "Weighing build against buy, consistency against availability, speed against risk, and owning the decision.",
      risk: "low",
      exposure: 12,
      aiTools: ["ChatGPT", "Claude"],
    },
    {
      name: "Stakeholder alignment and governance",
      description: "Getting executives, security, finance and delivery teams to agree, and steering designs through review boards.",
      risk: "low",
      exposure: 8,
      aiTools: ["Microsoft 365 Copilot"],
    },
    {
      name: "Supplier negotiation",
      description: "Shaping contracts and commitments with vendors and integrators so the solution can actually be delivered.",
      risk: "low",
      exposure: 6,
      aiTools: ["ChatGPT"],
    },
  ],
  timelineIntro: "Architecture work has changed less than coding: AI arrived as a research and writing aid.",
  timeline: [
    {
      period: "2021–2024",
      title: "Faster research and writing",
      body: "Architects used assistants to summarise vendor documentation, draft design documents and generate diagrams from text. The deliverables got quicker; the meetings did not.",
    },
    {
      period: "2025–2026",
      title: "AI as design sparring partner",
      body: "Models can now propose credible reference architectures and critique designs against well-known patterns. Architects use them to explore options faster and to check for blind spots, while owning the choice.",
    },
    {
      period: "2028–2035",
      title: "Architects as accountable integrators",
      body: "Expect AI to produce first-draft architectures for common problems. The architect's value shifts further towards organisational judgement, risk ownership, governance and negotiation across many parties.",
    },
  ],
  verdict:
    "Solutions architects face lower exposure than most technology roles: the work that defines them is relational and accountable, and AI mostly makes the paperwork faster.",
  comparisonBlurb:
    "Solutions Architects earn their keep in trade-offs, governance and trust between business and technology — work AI can inform but not own.",
  pivotIntro: "Breadth across systems and people opens routes into cloud architecture, engineering leadership and product.",
  skills: [
    { skill: "Enterprise Architecture", importance: 95, level: 4 },
    { skill: "Systems Analysis", importance: 90, level: 4 },
    { skill: "Stakeholder Management", importance: 90, level: 4 },
    { skill: "Computers and Electronics", importance: 85, level: 4 },
    { skill: "Judgment and Decision Making", importance: 85, level: 4 },
    { skill: "Critical Thinking", importance: 80, level: 4 },
    { skill: "Distributed Systems Design", importance: 75, level: 4 },
    { skill: "Speaking", importance: 75, level: 4 },
    { skill: "Cloud Infrastructure", importance: 70, level: 3 },
    { skill: "Writing", importance: 70, level: 4 },
    { skill: "Negotiation", importance: 65, level: 3 },
    { skill: "Business Analysis", importance: 65, level: 3 },
    { skill: "Administration and Management", importance: 50, level: 3 },
    { skill: "Security Engineering", importance: 50, level: 3 },
  ],
  salary: {
    currency: "GBP",
    p25: 67500,
    median: 82500,
    p75: 97500,
    source: "ITJobsWatch, permanent UK job adverts citing 'Solutions Architect'",
    sourceUrl: "https://www.itjobswatch.co.uk/jobs/uk/solutions%20architect.do",
    year: 2025,
    period: "6 months to October 2025",
    reviewedOn: "2026-11-01",
    roundedTo: 2500,
    regions: [],
    regionalNote:
      "The source reports UK-wide adverts; we have not curated a regional split for this role yet. London adverts usually pay more than the UK figure and most other regions less.",
  },
  employers: employersFor(
    "lloyds",
    "bt",
    "capgemini",
    "homeOffice",
    "rollsRoyce",
    "tesco",
    "aws",
    "accenture",
    "kainos",
    "admiral",
    "jlr",
    "microsoft",
  ),
  learningResources: resourcesFor(
    "awsSolutionsArchitectAssociate",
    "awsSolutionsArchitectProfessional",
    "togafFoundation",
    "gcpCloudArchitect",
    "bcsBusinessAnalysis",
    "writingForGovuk",
  ),
  faq: [
    {
      question: "Will AI replace solutions architects?",
      answer:
        "Unlikely in the foreseeable future. AI drafts documents and proposes reference designs, but the role is defined by decisions that need context, negotiation and accountability across an organisation. Architects who use AI to explore options faster will outpace those who do not.",
    },
    {
      question: "Which solutions architect tasks does AI threaten most?",
      answer:
        "Documentation is the most exposed, followed by vendor research and diagramming. Requirements discovery, trade-off decisions, governance and supplier negotiation are the least exposed because they depend on people and organisational context.",
    },
    {
      question: "How quickly is AI changing the role?",
      answer:
        "Gradually. The main change so far is speed: designs and comparisons that took days take hours. Over the next decade expect more first-draft architectures from AI and a stronger emphasis on the architect as the accountable decision-maker.",
    },
    {
      question: "What should solutions architects do to stay relevant?",
      answer:
        "Deepen commercial and governance skills, keep hands-on with cloud platforms so your judgement stays grounded, and get good at reviewing AI-proposed designs critically. Cloud architecture and engineering leadership are natural next steps.",
    },
  ],
  sources: [
    { label: "Eloundou et al. (2024), “GPTs are GPTs”, Science 384(6702)" },
    {
      label: "O*NET task statements for 15-1299.08 Computer Systems Engineers/Architects",
      url: "https://www.onetonline.org/link/summary/15-1299.08",
    },
    {
      label: "ITJobsWatch, 'Solutions Architect' permanent salary data, 6 months to October 2025",
      url: "https://www.itjobswatch.co.uk/jobs/uk/solutions%20architect.do",
    },
  ],
  updatedAt: "2026-11-01",
} satisfies CuratedOccupation;
