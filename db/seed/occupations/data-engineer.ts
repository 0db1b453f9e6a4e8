import type { CuratedOccupation } from "../catalogue-schema";
import { employersFor } from "../employers";
import { resourcesFor } from "../skills";

export default {
  slug: "data-engineer",
  title: "Data Engineer",
  pluralTitle: "Data Engineers",
  sector: "Technology",
  alternateTitles: ["Analytics Engineer", "Big Data Engineer", "Data Platform Engineer", "ETL Developer", "Data Pipeline Engineer"],
  summary:
    "Data Engineers build and run the pipelines that move data from where it is created to where it is used: ingesting it from applications and suppliers, cleaning and modelling it in a warehouse or lakehouse, and keeping it fresh, correct and secure for analysts, data scientists and AI systems. Assistants inside dbt, Databricks and the cloud consoles now write much of the SQL and connector code. Designing data models that last, keeping costs under control and deciding who may see what remain firmly human work.",
  exposureScore: 42,
  exposureLabel: "Moderate, manageable risk",
  windowToAct: {
    label: "Early 2030s",
    detail:
      "Routine transformation SQL and pipeline boilerplate are already largely AI-assisted, which eases pressure on hiring for junior and ETL-maintenance roles first. Experienced engineers who own data models, platform reliability, cost and governance should see demand hold into the early 2030s, helped by organisations' appetite for AI-ready data.",
  },
  vsAllWorkers:
    "Data engineering sits in the middle of the moderate band. Much of the hands-on code is exposed, but the work depends on knowledge of messy source systems, business definitions and platform behaviour that AI does not have.",
  outlook:
    "Every AI project needs reliable, well-governed data, so demand for the discipline is healthy. The job is shifting from writing pipelines by hand towards designing, reviewing and running them.",
  tasksIntro: "Eight tasks that fill a data engineer's week, from the most exposed to AI to the least.",
  tasks: [
    {
      name: "SQL transformations and dbt models",
      description:
        "Writing the SQL that cleans, joins and aggregates raw data into tables analysts can use, usually as dbt models with tests and documentation.",
      risk: "high",
      exposure: 75,
      aiTools: ["dbt Copilot", "Databricks Assistant", "GitHub Copilot", "Gemini in BigQuery"],
    },
    {
      name: "Ingestion and connector code",
      description:
        "Writing the Python and configuration that pulls data from APIs, databases and files into the platform, with retries, incremental loads and schema handling.",
      risk: "high",
      exposure: 68,
      aiTools: ["GitHub Copilot", "Cursor", "Databricks Assistant", "Claude"],
    },
    {
      name: "Data documentation and cataloguing",
      description:
        "Describing tables and columns, recording lineage and ownership, and keeping the data catalogue accurate enough for people to find and trust what they need.",
      risk: "high",
      exposure: 65,
      aiTools: ["dbt Copilot", "Atlan AI", "Microsoft Purview", "ChatGPT"],
    },
    {
      name: "Data quality testing",
      description:
        "Defining checks for freshness, completeness, uniqueness and valid ranges, and setting sensible thresholds so alerts mean something.",
      risk: "medium",
      exposure: 50,
      aiTools: ["Monte Carlo", "dbt Copilot", "Great Expectations", "GitHub Copilot"],
    },
    {
      name: "Pipeline debugging and incident handling",
      description:
        "Working out why a dashboard is wrong or a job failed overnight — tracing it to an upstream change, late data or a bad join — and fixing it without making things worse.",
      risk: "medium",
      exposure: 30,
      aiTools: ["Databricks Assistant", "Monte Carlo", "ChatGPT"],
    },
    {
      name: "Performance and cost optimisation",
      description:
        "Tuning partitioning, clustering and compute sizing, and cutting warehouse and cluster spend without slowing down the people who depend on the data.",
      risk: "low",
      exposure: 22,
      aiTools: ["Snowflake Cortex", "Databricks Assistant", "ChatGPT"],
    },
    {
      name: "Data modelling and platform design",
      description:
        "Designing warehouse and lakehouse models, choosing batch or streaming, and agreeing shared business definitions so that numbers match across teams.",
      risk: "low",
      exposure: 16,
      aiTools: ["ChatGPT", "Claude", "Eraser AI"],
    },
    {
      name: "Governance, privacy and access",
      description:
        "Deciding who can see which data, applying UK GDPR and retention rules, masking personal data and handling audit and subject access requests safely.",
      risk: "low",
      exposure: 10,
      aiTools: ["Microsoft Purview", "Atlan AI"],
    },
  ],
  timelineIntro:
    "Data engineering has gone from hand-written ETL to AI-assisted pipelines in a few years. The code has become cheaper; knowing the data has not.",
  timeline: [
    {
      period: "2021–2024",
      title: "Assistants learn SQL",
      body: "Code assistants and text-to-SQL tools made routine queries and transformations much quicker to write. Managed connectors and the modern data stack had already removed much bespoke ingestion code, so some ETL maintenance roles began to disappear.",
    },
    {
      period: "2025–2026",
      title: "AI built into the platform",
      body: "Assistants inside dbt, Databricks, Snowflake and BigQuery now generate models, tests and documentation and explain failing jobs. At the same time, demand for AI-ready data has pushed organisations to invest in platforms, quality and governance, keeping experienced engineers busy.",
    },
    {
      period: "2028–2035",
      title: "Engineers own the data contract",
      body: "Expect agents to build and maintain most routine pipelines. Data engineers will concentrate on platform design, data contracts with source teams, cost, reliability and governance — the areas where a mistake is expensive and context is everything.",
    },
  ],
  verdict:
    "Data engineers face moderate, manageable exposure. Writing pipeline code is increasingly automated, but data modelling, platform reliability, cost and governance stay dependent on experienced people.",
  comparisonBlurb:
    "Routine SQL and pipeline code is increasingly generated, but data modelling, platform design and governance keep experienced data engineers in demand.",
  pivotIntro:
    "Pipeline, SQL and cloud skills transfer directly into platform engineering, machine learning engineering, backend development and data architecture.",
  skills: [
    { skill: "Data Engineering", importance: 95, level: 4 },
    { skill: "Databases and SQL", importance: 95, level: 5 },
    { skill: "Programming", importance: 85, level: 4 },
    { skill: "Computers and Electronics", importance: 80, level: 4 },
    { skill: "Cloud Infrastructure", importance: 75, level: 4 },
    { skill: "Distributed Systems Design", importance: 70, level: 4 },
    { skill: "Complex Problem Solving", importance: 70, level: 4 },
    { skill: "Systems Analysis", importance: 65, level: 4 },
    { skill: "Critical Thinking", importance: 65, level: 3 },
    { skill: "Software Testing", importance: 50, level: 3 },
    { skill: "Observability and Monitoring", importance: 50, level: 3 },
    { skill: "Infrastructure as Code", importance: 50, level: 3 },
    { skill: "Stakeholder Management", importance: 45, level: 3 },
    { skill: "Cloud Cost Management", importance: 40, level: 3 },
  ],
  salary: {
    currency: "GBP",
    p25: 55000,
    median: 65000,
    p75: 77500,
    source: "ITJobsWatch, permanent UK job adverts citing 'Data Engineer'",
    sourceUrl: "https://www.itjobswatch.co.uk/jobs/uk/data%20engineer.do",
    year: 2025,
    period: "6 months to October 2025",
    reviewedOn: "2026-11-01",
    roundedTo: 2500,
    regions: [],
    regionalNote:
      "The source reports UK-wide adverts; we have not curated a regional split for this role yet. London adverts usually pay more than the UK figure and most other regions less.",
  },
  employers: employersFor("ocado", "tesco", "lloyds", "kraken", "wise", "experian", "ons", "asda", "natwest", "bbc", "hmrc", "admiral"),
  learningResources: resourcesFor(
    "dbtFundamentals",
    "gcpDataEngineer",
    "ddia",
    "postgresDocsPerformance",
    "terraformAssociate",
    "analysisFunctionCharts",
  ),
  faq: [
    {
      question: "Will AI replace data engineers?",
      answer:
        "Unlikely. AI already writes much of the SQL, connector code and documentation, and it will take on more of the routine pipeline work. But every organisation trying to use AI needs trustworthy, well-governed data first, and building that depends on knowing the source systems, the business definitions and the platform's limits. Engineers who design and run data platforms are likely to stay in demand; roles that mostly maintained ETL jobs are shrinking.",
    },
    {
      question: "Which data engineering tasks are most at risk from AI?",
      answer:
        "Writing transformation SQL and dbt models, ingestion code and documentation are the most exposed. Data quality testing and pipeline debugging are moderately exposed: AI suggests checks and likely causes, but an engineer still has to know what 'correct' means. Data modelling, cost optimisation and governance are the least exposed.",
    },
    {
      question: "How quickly is AI changing data engineering jobs?",
      answer:
        "Steadily rather than suddenly. Assistants are now built into the main data platforms, and most engineers use them daily. Over the next three to five years, agents will maintain more routine pipelines end to end. The effect so far has been fewer junior ETL roles and higher expectations of each engineer, rather than falling overall demand.",
    },
    {
      question: "What should data engineers do to stay relevant?",
      answer:
        "Build depth in data modelling, platform architecture, streaming, cost management and governance, including UK GDPR. Learn how machine learning and AI systems consume data — feature stores, vector search and evaluation datasets — because that is where new demand is. Platform engineering, machine learning engineering and data architecture are strong adjacent moves.",
    },
  ],
  sources: [
    { label: "Eloundou et al. (2024), “GPTs are GPTs”, Science 384(6702)" },
    {
      label: "O*NET task statements for 15-1243.00 Database Architects (closest match)",
      url: "https://www.onetonline.org/link/summary/15-1243.00",
    },
    {
      label: "ITJobsWatch, UK permanent salary data for the job title, 6 months to October 2025",
      url: "https://www.itjobswatch.co.uk/jobs/uk/data%20engineer.do",
    },
  ],
  updatedAt: "2026-11-01",
} satisfies CuratedOccupation;
