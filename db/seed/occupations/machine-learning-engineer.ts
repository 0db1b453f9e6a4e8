import type { CuratedOccupation } from "../catalogue-schema";
import { employersFor } from "../employers";
import { resourcesFor } from "../skills";

export default {
  slug: "machine-learning-engineer",
  title: "Machine Learning Engineer",
  pluralTitle: "Machine Learning Engineers",
  sector: "Technology",
  alternateTitles: ["ML Engineer", "AI Engineer", "MLOps Engineer", "Applied ML Engineer", "Deep Learning Engineer"],
  summary:
    "Machine Learning Engineers take models from experiment to production. They build training and feature pipelines, choose and tune models, package them as reliable services, and keep them accurate, fair and affordable once real users depend on them. Increasingly they also build products on top of large language models. AI tools now write much of the training and serving code and can search for good model settings automatically. Framing the problem, designing evaluations that mean something and diagnosing why a model fails in the real world remain human work.",
  exposureScore: 40,
  exposureLabel: "Moderate, manageable risk",
  windowToAct: {
    label: "Early 2030s",
    detail:
      "Routine training code, baseline models and serving boilerplate are already heavily automated, so junior roles built around them see pressure first. Engineers who own evaluation, production reliability and ML system design should stay in demand into the 2030s, supported by the spread of AI features across industry.",
  },
  vsAllWorkers:
    "Machine learning engineering sits a little above the average worker's exposure. Much of the code is exposed, but the role also carries production responsibility, evaluation judgement and system design that current tools cannot take on.",
  outlook:
    "The field is growing even as its tools automate parts of it. The value is moving from building models to deciding whether they work, keeping them working and building sound products on top of them.",
  tasksIntro: "Eight tasks that fill a machine learning engineer's week, from the most exposed to AI to the least.",
  tasks: [
    {
      name: "Training and evaluation code",
      description:
        "Writing the PyTorch or scikit-learn code for data loaders, training loops, metrics and experiment tracking around a chosen model.",
      risk: "high",
      exposure: 75,
      aiTools: ["GitHub Copilot", "Cursor", "Claude", "Databricks Assistant"],
    },
    {
      name: "Feature pipelines and data preparation",
      description: "Building the code that cleans raw data, creates features and produces consistent training and serving datasets.",
      risk: "high",
      exposure: 62,
      aiTools: ["Databricks Assistant", "GitHub Copilot", "dbt Copilot", "Gemini in BigQuery"],
    },
    {
      name: "Baseline models and hyperparameter tuning",
      description:
        "Training standard models on tabular, text or image data and searching model settings to get a strong, well-validated baseline.",
      risk: "high",
      exposure: 60,
      aiTools: ["Amazon SageMaker Autopilot", "Vertex AI AutoML", "Databricks AutoML", "H2O Driverless AI"],
    },
    {
      name: "Model packaging and deployment",
      description:
        "Containerising models, writing inference services and deployment configuration, and setting up CI/CD so new versions roll out safely.",
      risk: "medium",
      exposure: 45,
      aiTools: ["GitHub Copilot", "Amazon Q Developer", "Cursor"],
    },
    {
      name: "LLM application integration",
      description:
        "Building retrieval, prompting and tool-use around large language models, and wiring them into products with sensible guardrails and fallbacks.",
      risk: "medium",
      exposure: 40,
      aiTools: ["Claude", "ChatGPT", "LangChain", "LlamaIndex"],
    },
    {
      name: "Production monitoring and model debugging",
      description:
        "Watching for drift, degraded accuracy and latency or cost spikes, and tracing failures to data changes, bugs or a model that no longer fits the world.",
      risk: "low",
      exposure: 18,
      aiTools: ["Arize AI", "Evidently AI", "Datadog Bits AI"],
    },
    {
      name: "Evaluation design and responsible AI",
      description:
        "Deciding how a model should be judged, building test sets that reflect real use, and checking for bias, safety and privacy problems before launch.",
      risk: "low",
      exposure: 15,
      aiTools: ["LangSmith", "Braintrust", "ChatGPT"],
    },
    {
      name: "Problem framing and ML system design",
      description:
        "Working out whether machine learning is the right answer, what to predict, and how data, models, serving and feedback loops should fit together.",
      risk: "low",
      exposure: 10,
      aiTools: ["ChatGPT", "Claude"],
    },
  ],
  timelineIntro:
    "Machine learning engineers are building the technology that is automating parts of their own work — and the field has grown regardless.",
  timeline: [
    {
      period: "2021–2024",
      title: "AutoML and assistants mature",
      body: "AutoML services made strong baselines on tabular data a commodity, and code assistants sped up training and serving code. The arrival of capable language models shifted much work from training bespoke models to fine-tuning and building on foundation models.",
    },
    {
      period: "2025–2026",
      title: "From models to AI products",
      body: "Many ML engineers now spend as much time on retrieval, prompting, evaluation and guardrails for language-model features as on classic model training. Agents can run experiments and tune models with little supervision, putting the emphasis on evaluation design, cost and production reliability.",
    },
    {
      period: "2028–2035",
      title: "Engineers own quality and risk",
      body: "Expect most routine model building and tuning to be automated. ML engineers will concentrate on system design, evaluation, monitoring and the safety, fairness and regulatory questions around AI in production — areas where mistakes are costly and accountability matters.",
    },
  ],
  verdict:
    "Machine learning engineers face moderate, manageable exposure. Model-building code is automating quickly, but evaluation, production reliability and system design keep experienced engineers in demand.",
  comparisonBlurb:
    "Training code and baseline models are increasingly automated, but evaluation design, production reliability and ML system design keep ML engineers in demand.",
  pivotIntro:
    "Machine learning, data and production engineering skills transfer into data science, data and platform engineering, and AI product and research roles.",
  skills: [
    { skill: "Machine Learning", importance: 95, level: 4 },
    { skill: "Programming", importance: 90, level: 4 },
    { skill: "Computers and Electronics", importance: 80, level: 4 },
    { skill: "Statistics and Experiment Design", importance: 75, level: 4 },
    { skill: "Mathematics", importance: 75, level: 4 },
    { skill: "Complex Problem Solving", importance: 75, level: 4 },
    { skill: "Data Engineering", importance: 70, level: 3 },
    { skill: "Critical Thinking", importance: 70, level: 4 },
    { skill: "Cloud Infrastructure", importance: 65, level: 3 },
    { skill: "Databases and SQL", importance: 60, level: 3 },
    { skill: "Containers and Kubernetes", importance: 50, level: 3 },
    { skill: "Software Testing", importance: 50, level: 3 },
    { skill: "Observability and Monitoring", importance: 50, level: 3 },
    { skill: "Distributed Systems Design", importance: 45, level: 3 },
  ],
  salary: {
    currency: "GBP",
    p25: 60000,
    median: 72500,
    p75: 90000,
    source: "ITJobsWatch, permanent UK job adverts citing 'Machine Learning Engineer'",
    sourceUrl: "https://www.itjobswatch.co.uk/jobs/uk/machine%20learning%20engineer.do",
    year: 2025,
    period: "6 months to October 2025",
    reviewedOn: "2026-11-01",
    roundedTo: 2500,
    regions: [],
    regionalNote:
      "The source reports UK-wide adverts; we have not curated a regional split for this role yet. London adverts usually pay more than the UK figure and most other regions less.",
  },
  employers: employersFor(
    "deepmind",
    "astraZeneca",
    "ocado",
    "wayve",
    "darktrace",
    "monzo",
    "faculty",
    "arm",
    "aws",
    "gsk",
    "skyscanner",
    "ons",
  ),
  learningResources: resourcesFor(
    "fastAi",
    "mlSpecialization",
    "awsMachineLearningEngineer",
    "azureDataScientist",
    "ckad",
    "openTelemetryIntro",
  ),
  faq: [
    {
      question: "Will AI replace machine learning engineers?",
      answer:
        "Not in the foreseeable future. AI tools already write much of the training code and can tune models automatically, and foundation models have reduced the need to train bespoke models at all. But someone still has to frame the problem, design evaluations that reflect real use, run models reliably in production and answer for their behaviour. Demand for engineers who can do that is growing as AI features spread.",
    },
    {
      question: "Which machine learning tasks are most at risk from AI?",
      answer:
        "Writing training and evaluation code, building feature pipelines and producing tuned baseline models are the most exposed. Deployment and language-model integration are moderately exposed: AI scaffolds them quickly, but reliability and guardrails need judgement. Production monitoring, evaluation design and ML system design are the least exposed.",
    },
    {
      question: "How quickly is AI changing machine learning engineering jobs?",
      answer:
        "Fast, though mostly by changing the work rather than reducing it. Between 2023 and 2026 much of the role moved from training bespoke models towards building and evaluating products on foundation models. Over the next few years expect more automated experimentation and fewer junior roles centred on routine model building.",
    },
    {
      question: "What should machine learning engineers do to stay relevant?",
      answer:
        "Get very good at evaluation, production ML and system design, and understand the cost, latency and reliability trade-offs of serving models at scale. Learn the governance side too — fairness, privacy and emerging AI regulation. Strong software engineering habits set ML engineers apart, and data engineering, platform engineering and AI product roles are natural adjacent moves.",
    },
  ],
  sources: [
    { label: "Eloundou et al. (2024), “GPTs are GPTs”, Science 384(6702)" },
    { label: "UK Department for Education (2023), The impact of AI on UK jobs and training" },
    {
      label: "ITJobsWatch, UK permanent salary data for the job title, 6 months to October 2025",
      url: "https://www.itjobswatch.co.uk/jobs/uk/machine%20learning%20engineer.do",
    },
  ],
  updatedAt: "2026-11-01",
} satisfies CuratedOccupation;
