import type { CuratedOccupation } from "../catalogue-schema";
import { employersFor } from "../employers";
import { resourcesFor } from "../skills";

export default {
  slug: "site-reliability-engineer",
  title: "Site Reliability Engineer",
  pluralTitle: "Site Reliability Engineers",
  sector: "Technology",
  alternateTitles: ["SRE", "Reliability Engineer", "Production Engineer", "DevOps Engineer"],
  summary:
    "Site Reliability Engineers keep production systems up, fast and affordable. They set service-level objectives, build the monitoring and automation that catches problems early, lead the response when things break, and feed what they learn back into how software is designed and shipped. AI now drafts runbooks, alert rules and infrastructure code and helps sift noisy telemetry, but the calls made at three in the morning on a live incident still rest with people.",
  exposureScore: 36,
  exposureLabel: "Moderate, below developer roles",
  windowToAct: {
    label: "Early 2030s",
    detail:
      "AIOps tools are cutting alert noise and drafting post-incident reports today, which trims routine toil. Junior engineers and operations roles built on manual runbook work face pressure within the next few years; senior SREs who own reliability design and lead incidents should stay in demand into the 2030s.",
  },
  vsAllWorkers:
    "SREs are a little above the average worker, but clearly less exposed than software developers who spend their days writing features: much of the job is judgement under pressure on live systems.",
  outlook:
    "AI is taking the toil out of operations. Deciding what reliability is worth, and keeping a cool head when production is on fire, remain human work.",
  tasksIntro: "Eight tasks that define the role, from the most exposed to AI to the least.",
  tasks: [
    {
      name: "Runbook and documentation writing",
      description: "Writing and updating runbooks, on-call guides and operational documentation for services and common failure modes.",
      risk: "high",
      exposure: 70,
      aiTools: ["ChatGPT", "Claude", "Atlassian Rovo"],
    },
    {
      name: "Infrastructure and automation scripting",
      description: "Writing scripts, CI jobs and infrastructure-as-code modules that remove repetitive operational work.",
      risk: "high",
      exposure: 62,
      aiTools: ["GitHub Copilot", "Pulumi AI", "Amazon Q Developer", "Cursor"],
    },
    {
      name: "Alert rules and dashboards",
      description: "Defining alerts, thresholds and dashboards that show whether a service is meeting its objectives.",
      risk: "medium",
      exposure: 48,
      aiTools: ["Datadog Bits AI", "Grafana Assistant", "New Relic AI"],
    },
    {
      name: "Log and telemetry triage",
      description: "Sifting logs, traces and metrics to find the signal behind a symptom and narrow down a likely cause.",
      risk: "medium",
      exposure: 40,
      aiTools: ["Datadog Watchdog", "Dynatrace Davis AI", "Splunk AI Assistant"],
    },
    {
      name: "Capacity planning and cost control",
      description: "Forecasting load, right-sizing clusters and keeping cloud spend in line with what reliability is worth.",
      risk: "low",
      exposure: 28,
      aiTools: ["CAST AI", "AWS Cost Explorer forecasting", "ChatGPT"],
    },
    {
      name: "Incident command",
      description: "Leading the response to a live outage: coordinating people, choosing mitigations and communicating with the business.",
      risk: "low",
      exposure: 15,
      aiTools: ["incident.io AI", "PagerDuty Advance", "Rootly AI"],
    },
    {
      name: "Reliability architecture reviews",
      description: "Reviewing designs for failure modes, redundancy, graceful degradation and safe rollout before they reach production.",
      risk: "low",
      exposure: 12,
      aiTools: ["ChatGPT", "Claude"],
    },
    {
      name: "Setting service-level objectives",
      description: "Agreeing with product owners what 'reliable enough' means, and managing error budgets when targets are missed.",
      risk: "low",
      exposure: 10,
      aiTools: ["ChatGPT", "Claude"],
    },
  ],
  timelineIntro: "Operations work has been automated in waves for two decades; generative AI is the latest wave.",
  timeline: [
    {
      period: "2021–2024",
      title: "Copilots for configuration",
      body: "Assistants became good at Terraform, Kubernetes manifests and shell scripts, and observability vendors added anomaly detection. Toil dropped, but incidents still needed people who understood the whole system.",
    },
    {
      period: "2025–2026",
      title: "AI in the incident channel",
      body: "Incident tools now summarise timelines, suggest likely causes from telemetry and draft post-incident reviews. SREs spend less time assembling evidence and more time deciding what to do with it.",
    },
    {
      period: "2028–2035",
      title: "Autonomous remediation, human accountability",
      body: "Expect routine, well-understood failures to be fixed automatically. SREs concentrate on reliability design, risk trade-offs, complex multi-system incidents and holding the line on what automation is allowed to do.",
    },
  ],
  verdict:
    "SREs face moderate exposure, below that of feature developers. Routine toil is disappearing; judgement about risk and leadership during incidents is not.",
  comparisonBlurb:
    "SREs spend their days on live systems and judgement calls under pressure, so AI trims their toil more than it touches their core work.",
  pivotIntro: "Operational depth and systems thinking lead naturally into platform, cloud and security roles.",
  skills: [
    { skill: "Observability and Monitoring", importance: 90, level: 4 },
    { skill: "Incident Response", importance: 90, level: 4 },
    { skill: "Cloud Infrastructure", importance: 85, level: 4 },
    { skill: "Computers and Electronics", importance: 85, level: 4 },
    { skill: "Containers and Kubernetes", importance: 80, level: 4 },
    { skill: "Complex Problem Solving", importance: 80, level: 4 },
    { skill: "Judgment and Decision Making", importance: 75, level: 4 },
    { skill: "Infrastructure as Code", importance: 70, level: 3 },
    { skill: "Programming", importance: 70, level: 3 },
    { skill: "Distributed Systems Design", importance: 70, level: 4 },
    { skill: "Critical Thinking", importance: 70, level: 4 },
    { skill: "Networking", importance: 65, level: 3 },
    { skill: "Systems Analysis", importance: 65, level: 3 },
    { skill: "Coordination", importance: 50, level: 3 },
  ],
  salary: {
    currency: "GBP",
    p25: 62500,
    median: 77500,
    p75: 92500,
    source: "ITJobsWatch, permanent UK job adverts citing 'Site Reliability Engineer'",
    sourceUrl: "https://www.itjobswatch.co.uk/jobs/uk/site%20reliability%20engineer.do",
    year: 2025,
    period: "6 months to October 2025",
    reviewedOn: "2026-11-01",
    roundedTo: 2500,
    regions: [],
    regionalNote:
      "The source reports UK-wide adverts; we have not curated a regional split for this role yet. London adverts usually pay more than the UK figure and most other regions less.",
  },
  employers: employersFor(
    "sky",
    "bloomberg",
    "ocado",
    "starling",
    "skyscanner",
    "hmrc",
    "arm",
    "grafana",
    "bbc",
    "lloyds",
    "jpmorgan",
    "kainos",
  ),
  learningResources: resourcesFor(
    "googleSreBooks",
    "prometheusAssociate",
    "openTelemetryIntro",
    "cka",
    "gcpDevOpsEngineer",
    "terraformAssociate",
  ),
  faq: [
    {
      question: "Will AI replace site reliability engineers?",
      answer:
        "AI is removing a lot of operational toil — writing scripts, tuning alerts, assembling incident timelines — but it is not taking over accountability for production. Someone still has to decide what reliability is worth, design for failure, and lead when several systems fail at once.",
    },
    {
      question: "Which SRE tasks does AI threaten most?",
      answer:
        "Runbook writing and automation scripting are the most exposed. Alert tuning and telemetry triage are moderately exposed as AIOps tools mature. Incident command, architecture reviews and service-level objectives are the least exposed.",
    },
    {
      question: "How quickly is AI changing SRE work?",
      answer:
        "Steadily rather than suddenly. AI features are already standard in observability and incident tools; over the next five years expect routine failures to be remediated automatically, with SREs supervising the automation.",
    },
    {
      question: "What should SREs do to stay relevant?",
      answer:
        "Lean into reliability architecture, capacity and cost trade-offs, and incident leadership. Platform engineering and cloud architecture are natural next steps; security engineering suits those drawn to threat and resilience work.",
    },
  ],
  sources: [
    { label: "Eloundou et al. (2024), “GPTs are GPTs”, Science 384(6702)" },
    {
      label: "O*NET task statements for 15-1244.00 Network and Computer Systems Administrators",
      url: "https://www.onetonline.org/link/summary/15-1244.00",
    },
    {
      label: "ITJobsWatch, 'Site Reliability Engineer' permanent salary data, 6 months to October 2025",
      url: "https://www.itjobswatch.co.uk/jobs/uk/site%20reliability%20engineer.do",
    },
  ],
  updatedAt: "2026-11-01",
} satisfies CuratedOccupation;
