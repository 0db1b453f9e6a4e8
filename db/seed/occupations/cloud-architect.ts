import type { CuratedOccupation } from "../catalogue-schema";
import { employersFor } from "../employers";
import { resourcesFor } from "../skills";

export default {
  slug: "cloud-architect",
  title: "Cloud Architect",
  pluralTitle: "Cloud Architects",
  sector: "Technology",
  socCode: "15-1241",
  alternateTitles: ["AWS Architect", "Azure Architect", "Cloud Solutions Architect", "Cloud Infrastructure Architect"],
  summary:
    "Cloud Architects decide how an organisation uses public cloud: landing zones and account structures, networking and identity, resilience and disaster recovery, data residency, and the cost model that keeps it all affordable. They set the standards engineering teams build within and answer to security, finance and regulators for the result. AI produces templates, cost estimates and reference designs on request, but the trade-offs between risk, cost and speed belong to the architect.",
  exposureScore: 28,
  exposureLabel: "Lower risk",
  windowToAct: {
    label: "Mid 2030s",
    detail:
      "Cloud providers' own assistants already generate infrastructure templates and reference architectures, which reduces hands-on build work — the part of the job where more junior cloud engineers and architects spend their time. Senior architects' governance, resilience and cost decisions for regulated organisations look safe from automation into the mid 2030s.",
  },
  vsAllWorkers:
    "Cloud architects sit just below the average worker: most of the role is decision-making about risk, money and compliance rather than producing text or code.",
  outlook:
    "AI makes the cloud faster to build on. Deciding how an organisation should use it safely and affordably is still an architect's call.",
  tasksIntro: "Eight tasks that make up the role, from the most exposed to AI to the least.",
  tasks: [
    {
      name: "Infrastructure templates",
      description: "Producing reusable templates and modules for networks, accounts, clusters and managed services.",
      risk: "high",
      exposure: 64,
      aiTools: ["Amazon Q Developer", "GitHub Copilot for Azure", "Pulumi AI"],
    },
    {
      name: "Reference architecture documents",
      description: "Writing the patterns and decision records teams follow for common workloads.",
      risk: "medium",
      exposure: 52,
      aiTools: ["ChatGPT", "Claude", "Microsoft 365 Copilot"],
    },
    {
      name: "Cost modelling",
      description: "Estimating and comparing the running cost of designs, reservations and savings plans.",
      risk: "medium",
      exposure: 35,
      aiTools: ["Amazon Q Developer", "Microsoft Copilot in Azure", "ChatGPT"],
    },
    {
      name: "Landing zone and identity design",
      description: "Designing account or subscription structure, identity federation and least-privilege access for the whole estate.",
      risk: "low",
      exposure: 20,
      aiTools: ["Microsoft Copilot in Azure", "Amazon Q Developer", "ChatGPT"],
    },
    {
      name: "Resilience and disaster recovery",
      description: "Choosing regions, failover and backup strategies, and testing that recovery actually works.",
      risk: "low",
      exposure: 15,
      aiTools: ["ChatGPT", "Claude"],
    },
    {
      name: "Security and compliance sign-off",
      description: "Making designs meet security policy and regulation such as UK GDPR, FCA operational resilience and data residency.",
      risk: "low",
      exposure: 14,
      aiTools: ["Microsoft Security Copilot", "ChatGPT"],
    },
    {
      name: "Cloud strategy and migration planning",
      description: "Deciding what moves, in what order, and what stays; building the roadmap and the case for investment.",
      risk: "low",
      exposure: 12,
      aiTools: ["AWS Transform", "ChatGPT"],
    },
    {
      name: "Governance across teams",
      description: "Setting standards, reviewing designs and resolving disagreements between engineering, security and finance.",
      risk: "low",
      exposure: 7,
      aiTools: ["Microsoft 365 Copilot"],
    },
  ],
  timelineIntro: "Cloud architecture has shifted from hand-building infrastructure to governing an estate that increasingly builds itself.",
  timeline: [
    {
      period: "2021–2024",
      title: "Infrastructure as generated code",
      body: "Assistants learned to write good Terraform and CloudFormation, and providers shipped AI helpers in their consoles. Architects spent less time on templates and more on standards.",
    },
    {
      period: "2025–2026",
      title: "AI proposes, architect disposes",
      body: "Provider copilots can suggest complete architectures and cost estimates from a description. Architects use them to move faster, while regulators and boards still expect a named person to own the design.",
    },
    {
      period: "2028–2035",
      title: "Governing self-provisioning estates",
      body: "Expect agents to provision much standard infrastructure on demand. Cloud architects concentrate on policy, resilience, cost governance and regulatory accountability across multi-cloud estates.",
    },
  ],
  verdict:
    "Cloud architects face lower exposure: build work is automating, but accountability for risk, cost and compliance keeps the role firmly human.",
  comparisonBlurb:
    "Cloud architecture is mostly decisions about risk, cost and compliance across an estate — work AI informs rather than does.",
  pivotIntro: "Estate-wide thinking and governance experience lead into enterprise architecture, security and engineering leadership.",
  skills: [
    { skill: "Cloud Infrastructure", importance: 95, level: 4 },
    { skill: "Computers and Electronics", importance: 90, level: 4 },
    { skill: "Systems Analysis", importance: 85, level: 4 },
    { skill: "Judgment and Decision Making", importance: 80, level: 4 },
    { skill: "Complex Problem Solving", importance: 75, level: 4 },
    { skill: "Critical Thinking", importance: 75, level: 4 },
    { skill: "Distributed Systems Design", importance: 75, level: 4 },
    { skill: "Enterprise Architecture", importance: 65, level: 4 },
    { skill: "Security Engineering", importance: 70, level: 4 },
    { skill: "Networking", importance: 70, level: 4 },
    { skill: "Stakeholder Management", importance: 60, level: 3 },
    { skill: "Cloud Cost Management", importance: 55, level: 3 },
    { skill: "Writing", importance: 55, level: 3 },
    { skill: "Infrastructure as Code", importance: 45, level: 3 },
  ],
  salary: {
    currency: "GBP",
    p25: 72500,
    median: 87500,
    p75: 100000,
    source: "ITJobsWatch, permanent UK job adverts citing 'Cloud Architect'",
    sourceUrl: "https://www.itjobswatch.co.uk/jobs/uk/cloud%20architect.do",
    year: 2025,
    period: "6 months to October 2025",
    reviewedOn: "2026-11-01",
    roundedTo: 2500,
    regions: [],
    regionalNote:
      "The source reports UK-wide adverts; we have not curated a regional split for this role yet. London adverts usually pay more than the UK figure and most other regions less.",
  },
  employers: employersFor(
    "hsbc",
    "nationwide",
    "dwp",
    "kainos",
    "vodafone",
    "aviva",
    "microsoft",
    "aws",
    "natwest",
    "capgemini",
    "admiral",
    "mod",
  ),
  learningResources: resourcesFor(
    "awsSolutionsArchitectProfessional",
    "gcpCloudArchitect",
    "togafFoundation",
    "finopsPractitioner",
    "terraformAssociate",
    "awsSecuritySpecialty",
  ),
  faq: [
    {
      question: "Will AI replace cloud architects?",
      answer:
        "Not in the foreseeable future. AI already writes templates and proposes designs, but cloud architects are accountable for security, resilience, cost and regulatory compliance across an estate — decisions organisations and regulators expect a person to own.",
    },
    {
      question: "Which cloud architect tasks does AI threaten most?",
      answer:
        "Infrastructure templates are the most exposed, then reference documentation and cost modelling. Landing-zone design, resilience, compliance sign-off, strategy and cross-team governance are the least exposed.",
    },
    {
      question: "How quickly is AI changing cloud architecture?",
      answer:
        "The hands-on build side is changing quickly through provider copilots. The governance side changes slowly; if anything, AI-provisioned infrastructure increases the need for clear policy and oversight.",
    },
    {
      question: "What should cloud architects do to stay relevant?",
      answer:
        "Deepen security, resilience and cost governance, understand the regulation your sector faces, and learn to review AI-generated designs critically. Enterprise architecture, security leadership and engineering management are natural next steps.",
    },
  ],
  sources: [
    { label: "Eloundou et al. (2024), “GPTs are GPTs”, Science 384(6702)" },
    {
      label: "O*NET task statements for 15-1241.00 Computer Network Architects",
      url: "https://www.onetonline.org/link/summary/15-1241.00",
    },
    {
      label: "ITJobsWatch, 'Cloud Architect' permanent salary data, 6 months to October 2025",
      url: "https://www.itjobswatch.co.uk/jobs/uk/cloud%20architect.do",
    },
  ],
  updatedAt: "2026-11-01",
} satisfies CuratedOccupation;
