import type { CuratedOccupation } from "../catalogue-schema";
import { employersFor } from "../employers";
import { resourcesFor } from "../skills";

export default {
  slug: "data-scientist",
  title: "Data Scientist",
  pluralTitle: "Data Scientists",
  sector: "Technology",
  socCode: "15-2051",
  alternateTitles: ["Applied Scientist", "Decision Scientist", "Analytics Scientist", "Product Data Scientist"],
  summary:
    "Data Scientists turn an organisation's data into decisions: they frame questions, clean and explore data, build statistical and machine-learning models, and explain what the numbers mean to people who have to act on them. Large language models now write exploratory notebooks, plotting code and first-draft reports in seconds. The parts that stay valuable are choosing the right question, designing a sound experiment, spotting when the data is lying, and persuading a room to change course.",
  exposureScore: 49,
  exposureLabel: "Moderate to elevated risk",
  windowToAct: {
    label: "2027–2030",
    detail:
      "Routine analysis and reporting are already being absorbed by AI assistants inside notebooks and BI tools, so the pressure is close. Junior and mid-level roles built around descriptive dashboards and ad-hoc queries feel it first, between now and about 2030; senior scientists who own experiment design, causal questions and decisions keep their footing into the 2030s.",
  },
  vsAllWorkers:
    "Data science is well above the average worker's exposure because so much of the job is code, text and charts — exactly what language models produce. Judgement about causality, data quality and business context keeps the senior end of the field in demand.",
  outlook:
    "AI has made exploratory analysis cheap. The scarce skill is knowing which analysis is worth doing, whether its conclusion holds, and how to get it acted upon.",
  tasksIntro: "Eight tasks that fill a data scientist's week, from the most exposed to AI to the least.",
  tasks: [
    {
      name: "Exploratory data analysis",
      description:
        "Profiling new datasets, summarising distributions and relationships, and producing the first round of charts and tables.",
      risk: "high",
      exposure: 80,
      aiTools: ["ChatGPT Advanced Data Analysis", "Julius AI", "Databricks Assistant", "GitHub Copilot"],
    },
    {
      name: "Notebook and pipeline code",
      description: "Writing pandas, SQL and plotting code for data preparation, feature building and repeatable analysis notebooks.",
      risk: "high",
      exposure: 76,
      aiTools: ["GitHub Copilot", "Cursor", "Hex Magic", "Databricks Assistant"],
    },
    {
      name: "Reporting and dashboard write-ups",
      description: "Turning results into slide decks, written summaries and dashboard commentary for business audiences.",
      risk: "high",
      exposure: 70,
      aiTools: ["ChatGPT", "Claude", "Power BI Copilot", "Tableau Pulse"],
    },
    {
      name: "Standard model building",
      description:
        "Training and tuning well-understood models such as gradient boosting or regression on tabular data, with cross-validation.",
      risk: "medium",
      exposure: 55,
      aiTools: ["DataRobot", "Amazon SageMaker Autopilot", "H2O Driverless AI", "GitHub Copilot"],
    },
    {
      name: "Data quality investigation",
      description:
        "Tracing odd numbers back to broken joins, logging changes or biased collection, and deciding what the data can and cannot support.",
      risk: "medium",
      exposure: 38,
      aiTools: ["Monte Carlo", "Great Expectations", "ChatGPT"],
    },
    {
      name: "Experiment design and causal analysis",
      description: "Designing A/B tests and quasi-experiments, choosing metrics and sample sizes, and separating correlation from cause.",
      risk: "medium",
      exposure: 30,
      aiTools: ["Eppo", "Statsig", "ChatGPT"],
    },
    {
      name: "Framing problems with stakeholders",
      description: "Working out with product and business leads which question actually matters, and what decision an answer would change.",
      risk: "low",
      exposure: 22,
      aiTools: ["ChatGPT", "Claude"],
    },
    {
      name: "Influencing decisions",
      description: "Presenting findings, handling challenge from senior people, and getting a recommendation adopted and measured.",
      risk: "low",
      exposure: 18,
      aiTools: ["Microsoft 365 Copilot", "Gamma"],
    },
  ],
  timelineIntro: "Data science was among the first professions to feel generative AI, because its raw material is code, numbers and prose.",
  timeline: [
    {
      period: "2021–2024",
      title: "Assistants enter the notebook",
      body: "Code completion sped up data wrangling and plotting, and AutoML tools made baseline models a commodity. Junior analyst roles focused on routine reporting began to shrink at some large employers.",
    },
    {
      period: "2025–2026",
      title: "Analysis on request",
      body: "Conversational analytics inside BI tools lets business users ask questions directly, and agents can run an exploratory analysis end to end. Data scientists increasingly review, validate and frame work rather than produce every chart.",
    },
    {
      period: "2028–2035",
      title: "Scientists as decision partners",
      body: "Expect most descriptive analysis to be automated. The durable role is the scientist who designs experiments, owns metric definitions and data quality, and sits in the room where decisions are made.",
    },
  ],
  verdict:
    "Data scientists face above-average exposure. The production of analysis is being automated fast; the judgement about what to analyse, whether to trust it and what to do about it is not.",
  comparisonBlurb: "Exploratory analysis, notebook code and report writing sit squarely inside what language models do well.",
  pivotIntro:
    "Statistical thinking, programming and a feel for data open doors into machine-learning engineering, data platforms and product roles.",
  skills: [
    { skill: "Statistics and Experiment Design", importance: 95, level: 4 },
    { skill: "Machine Learning", importance: 85, level: 4 },
    { skill: "Critical Thinking", importance: 85, level: 4 },
    { skill: "Mathematics", importance: 80, level: 4 },
    { skill: "Programming", importance: 75, level: 3 },
    { skill: "Databases and SQL", importance: 75, level: 3 },
    { skill: "Complex Problem Solving", importance: 75, level: 4 },
    { skill: "Data Visualisation", importance: 70, level: 4 },
    { skill: "Writing", importance: 60, level: 3 },
    { skill: "Speaking", importance: 60, level: 3 },
    { skill: "Stakeholder Management", importance: 55, level: 3 },
    { skill: "Business Analysis", importance: 50, level: 3 },
    { skill: "Data Engineering", importance: 45, level: 2 },
    { skill: "Computers and Electronics", importance: 60, level: 3 },
  ],
  salary: {
    currency: "GBP",
    p25: 50000,
    median: 65000,
    p75: 80000,
    source: "ITJobsWatch, permanent UK job adverts citing 'Data Scientist'",
    sourceUrl: "https://www.itjobswatch.co.uk/jobs/uk/data%20scientist.do",
    year: 2025,
    period: "6 months to October 2025",
    reviewedOn: "2026-11-01",
    roundedTo: 2500,
    regions: [],
    regionalNote:
      "The source reports UK-wide adverts; we have not curated a regional split for this role yet. London adverts usually pay more than the UK figure and most other regions less.",
  },
  employers: employersFor(
    "ons",
    "astraZeneca",
    "sainsburys",
    "monzo",
    "skyscanner",
    "metOffice",
    "gsk",
    "experian",
    "natwest",
    "dwp",
    "faculty",
    "boots",
  ),
  learningResources: resourcesFor(
    "openIntroStatistics",
    "mlSpecialization",
    "fastAi",
    "analysisFunctionCharts",
    "azureDataScientist",
    "dbtFundamentals",
  ),
  faq: [
    {
      question: "Will AI replace data scientists?",
      answer:
        "It is replacing a lot of what data scientists used to spend time on — cleaning code, first-pass exploration, charts and write-ups. It is not replacing the person who decides which question matters, designs a fair experiment and stands behind a recommendation. Expect fewer purely descriptive roles and more demand for scientists who own decisions.",
    },
    {
      question: "Which data science tasks does AI threaten most?",
      answer:
        "Exploratory analysis, notebook code and report writing are the most exposed: general-purpose assistants already do them competently. Standard model training is moderately exposed thanks to AutoML. Experiment design, causal reasoning, stakeholder framing and influencing decisions are the least exposed.",
    },
    {
      question: "How quickly is AI changing data science jobs?",
      answer:
        "Faster than most technical roles, because the work is already digital and text-like. Conversational analytics in BI tools is reducing ad-hoc request work now; over the next few years agents will run routine analyses end to end with a human checking the result.",
    },
    {
      question: "What should data scientists do to stay relevant?",
      answer:
        "Move towards causal inference and experimentation, metric ownership and data quality, and towards productionising models with engineers. Machine-learning engineering and data engineering are natural adjacent moves; product roles suit those who enjoy the decision side most.",
    },
  ],
  sources: [
    { label: "Eloundou et al. (2024), “GPTs are GPTs”, Science 384(6702)" },
    { label: "O*NET task statements for 15-2051.00 Data Scientists", url: "https://www.onetonline.org/link/summary/15-2051.00" },
    {
      label: "ITJobsWatch, 'Data Scientist' permanent salary data, 6 months to October 2025",
      url: "https://www.itjobswatch.co.uk/jobs/uk/data%20scientist.do",
    },
  ],
  updatedAt: "2026-11-01",
} satisfies CuratedOccupation;
