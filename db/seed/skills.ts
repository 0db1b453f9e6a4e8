/**
 * The controlled skill vocabulary of the curated catalogue. Occupations name skills from this
 * list only, so that skill overlap (and therefore pivot matches) can be computed rather than typed.
 * Names follow O*NET's skill and knowledge wording where O*NET has one; the technical ones are ours.
 */
export const SKILLS = [
  // O*NET basic and cross-functional skills
  { name: "Critical Thinking", kind: "skill" },
  { name: "Active Listening", kind: "skill" },
  { name: "Reading Comprehension", kind: "skill" },
  { name: "Writing", kind: "skill" },
  { name: "Speaking", kind: "skill" },
  { name: "Mathematics", kind: "skill" },
  { name: "Complex Problem Solving", kind: "skill" },
  { name: "Judgment and Decision Making", kind: "skill" },
  { name: "Systems Analysis", kind: "skill" },
  { name: "Negotiation", kind: "skill" },
  { name: "Coordination", kind: "skill" },
  { name: "Management of Personnel Resources", kind: "skill" },
  { name: "Management of Financial Resources", kind: "skill" },
  { name: "Instructing", kind: "skill" },
  // O*NET knowledge areas
  { name: "Computers and Electronics", kind: "knowledge" },
  { name: "Engineering and Technology", kind: "knowledge" },
  { name: "Telecommunications", kind: "knowledge" },
  { name: "Administration and Management", kind: "knowledge" },
  { name: "Customer and Personal Service", kind: "knowledge" },
  { name: "Law and Government", kind: "knowledge" },
  { name: "Sales and Marketing", kind: "knowledge" },
  // Technical specialisms (Career Pivot's own wording)
  { name: "Programming", kind: "technical" },
  { name: "API Design", kind: "technical" },
  { name: "Databases and SQL", kind: "technical" },
  { name: "Distributed Systems Design", kind: "technical" },
  { name: "Cloud Infrastructure", kind: "technical" },
  { name: "Infrastructure as Code", kind: "technical" },
  { name: "Containers and Kubernetes", kind: "technical" },
  { name: "Observability and Monitoring", kind: "technical" },
  { name: "Incident Response", kind: "technical" },
  { name: "Security Engineering", kind: "technical" },
  { name: "Networking", kind: "technical" },
  { name: "Software Testing", kind: "technical" },
  { name: "Statistics and Experiment Design", kind: "technical" },
  { name: "Machine Learning", kind: "technical" },
  { name: "Data Engineering", kind: "technical" },
  { name: "Data Visualisation", kind: "technical" },
  { name: "Frontend Development", kind: "technical" },
  { name: "Enterprise Architecture", kind: "technical" },
  { name: "Cloud Cost Management", kind: "technical" },
  { name: "Developer Experience", kind: "technical" },
  // Product and delivery
  { name: "Product Discovery", kind: "product" },
  { name: "Roadmapping and Prioritisation", kind: "product" },
  { name: "Stakeholder Management", kind: "product" },
  { name: "Agile Delivery", kind: "product" },
  { name: "Business Analysis", kind: "product" },
] as const;

export type SkillName = (typeof SKILLS)[number]["name"];
export const SKILL_NAMES: readonly SkillName[] = SKILLS.map((s) => s.name);

/**
 * Real courses, certifications, books and official guides, each tagged with the skills it builds.
 * Prices are approximate, in pounds, as listed by the provider when written (US-dollar exam fees
 * converted at about £0.80 per dollar and rounded); hours are typical study time, not a promise.
 * Occupations pick from this list, so one correction reaches every role that cites the resource.
 */
export type LearningResource = {
  title: string;
  provider: string;
  kind: "course" | "certification" | "book" | "guide";
  skills: SkillName[];
  approxHours: number;
  /** 0 = free. */
  approxCostGbp: number;
  /**
   * Who it suits: foundation (new to the subject), intermediate (working knowledge), advanced
   * (experienced practitioners). Lets a plan skip an entry-level certificate for a senior.
   */
  level: "foundation" | "intermediate" | "advanced";
  url: string;
};

const resource = (r: LearningResource) => r;

export const LEARNING_RESOURCES = {
  awsSolutionsArchitectAssociate: resource({ title: "AWS Certified Solutions Architect – Associate", provider: "Amazon Web Services", kind: "certification", skills: ["Cloud Infrastructure", "Distributed Systems Design", "Networking"], approxHours: 80, approxCostGbp: 120, level: "intermediate", url: "https://aws.amazon.com/certification/certified-solutions-architect-associate/" }),
  awsSolutionsArchitectProfessional: resource({ title: "AWS Certified Solutions Architect – Professional", provider: "Amazon Web Services", kind: "certification", skills: ["Enterprise Architecture", "Cloud Infrastructure", "Cloud Cost Management"], approxHours: 120, approxCostGbp: 240, level: "advanced", url: "https://aws.amazon.com/certification/certified-solutions-architect-professional/" }),
  awsSecuritySpecialty: resource({ title: "AWS Certified Security – Specialty", provider: "Amazon Web Services", kind: "certification", skills: ["Security Engineering", "Cloud Infrastructure"], approxHours: 80, approxCostGbp: 240, level: "advanced", url: "https://aws.amazon.com/certification/certified-security-specialty/" }),
  awsMachineLearningEngineer: resource({ title: "AWS Certified Machine Learning Engineer – Associate", provider: "Amazon Web Services", kind: "certification", skills: ["Machine Learning", "Cloud Infrastructure", "Data Engineering"], approxHours: 70, approxCostGbp: 120, level: "intermediate", url: "https://aws.amazon.com/certification/certified-machine-learning-engineer-associate/" }),
  azureFundamentals: resource({ title: "Microsoft Certified: Azure Fundamentals (AZ-900)", provider: "Microsoft Learn", kind: "certification", skills: ["Cloud Infrastructure", "Cloud Cost Management"], approxHours: 15, approxCostGbp: 70, level: "foundation", url: "https://learn.microsoft.com/en-gb/credentials/certifications/azure-fundamentals/" }),
  azureDataScientist: resource({ title: "Microsoft Certified: Azure Data Scientist Associate (DP-100)", provider: "Microsoft Learn", kind: "certification", skills: ["Machine Learning", "Cloud Infrastructure"], approxHours: 60, approxCostGbp: 115, level: "intermediate", url: "https://learn.microsoft.com/en-gb/credentials/certifications/azure-data-scientist/" }),
  gcpCloudArchitect: resource({ title: "Google Cloud Professional Cloud Architect", provider: "Google Cloud", kind: "certification", skills: ["Cloud Infrastructure", "Enterprise Architecture", "Distributed Systems Design"], approxHours: 80, approxCostGbp: 160, level: "advanced", url: "https://cloud.google.com/learn/certification/cloud-architect" }),
  gcpDataEngineer: resource({ title: "Google Cloud Professional Data Engineer", provider: "Google Cloud", kind: "certification", skills: ["Data Engineering", "Databases and SQL", "Cloud Infrastructure"], approxHours: 70, approxCostGbp: 160, level: "advanced", url: "https://cloud.google.com/learn/certification/data-engineer" }),
  gcpDevOpsEngineer: resource({ title: "Google Cloud Professional Cloud DevOps Engineer", provider: "Google Cloud", kind: "certification", skills: ["Observability and Monitoring", "Incident Response", "Infrastructure as Code"], approxHours: 60, approxCostGbp: 160, level: "advanced", url: "https://cloud.google.com/learn/certification/cloud-devops-engineer" }),
  cka: resource({ title: "Certified Kubernetes Administrator (CKA)", provider: "The Linux Foundation / CNCF", kind: "certification", skills: ["Containers and Kubernetes", "Networking"], approxHours: 60, approxCostGbp: 350, level: "intermediate", url: "https://training.linuxfoundation.org/certification/certified-kubernetes-administrator-cka/" }),
  ckad: resource({ title: "Certified Kubernetes Application Developer (CKAD)", provider: "The Linux Foundation / CNCF", kind: "certification", skills: ["Containers and Kubernetes", "Developer Experience"], approxHours: 50, approxCostGbp: 350, level: "intermediate", url: "https://training.linuxfoundation.org/certification/certified-kubernetes-application-developer-ckad/" }),
  prometheusAssociate: resource({ title: "Prometheus Certified Associate (PCA)", provider: "The Linux Foundation / CNCF", kind: "certification", skills: ["Observability and Monitoring"], approxHours: 30, approxCostGbp: 200, level: "foundation", url: "https://training.linuxfoundation.org/certification/prometheus-certified-associate/" }),
  terraformAssociate: resource({ title: "HashiCorp Certified: Terraform Associate", provider: "HashiCorp", kind: "certification", skills: ["Infrastructure as Code", "Cloud Infrastructure"], approxHours: 30, approxCostGbp: 60, level: "foundation", url: "https://developer.hashicorp.com/certifications/infrastructure-automation" }),
  finopsPractitioner: resource({ title: "FinOps Certified Practitioner", provider: "FinOps Foundation", kind: "certification", skills: ["Cloud Cost Management", "Management of Financial Resources"], approxHours: 20, approxCostGbp: 240, level: "foundation", url: "https://learn.finops.org/" }),
  togafFoundation: resource({ title: "TOGAF Enterprise Architecture Foundation", provider: "The Open Group", kind: "certification", skills: ["Enterprise Architecture", "Systems Analysis"], approxHours: 40, approxCostGbp: 290, level: "foundation", url: "https://www.opengroup.org/certifications/togaf-certification-portfolio" }),
  isc2CertifiedInCybersecurity: resource({ title: "ISC2 Certified in Cybersecurity (CC)", provider: "ISC2", kind: "certification", skills: ["Security Engineering", "Incident Response"], approxHours: 20, approxCostGbp: 0, level: "foundation", url: "https://www.isc2.org/certifications/cc" }),
  comptiaSecurityPlus: resource({ title: "CompTIA Security+", provider: "CompTIA", kind: "certification", skills: ["Security Engineering", "Incident Response"], approxHours: 80, approxCostGbp: 330, level: "foundation", url: "https://www.comptia.org/certifications/security" }),
  owaspTopTen: resource({ title: "OWASP Top 10 and Cheat Sheet Series", provider: "OWASP Foundation", kind: "guide", skills: ["Security Engineering", "API Design"], approxHours: 12, approxCostGbp: 0, level: "foundation", url: "https://owasp.org/www-project-top-ten/" }),
  ncscSecureDevelopment: resource({ title: "Secure development and deployment guidance", provider: "National Cyber Security Centre", kind: "guide", skills: ["Security Engineering", "Law and Government"], approxHours: 6, approxCostGbp: 0, level: "foundation", url: "https://www.ncsc.gov.uk/collection/developers-collection" }),
  googleSreBooks: resource({ title: "Site Reliability Engineering and The Site Reliability Workbook", provider: "Google (free online)", kind: "book", skills: ["Incident Response", "Observability and Monitoring", "Distributed Systems Design"], approxHours: 30, approxCostGbp: 0, level: "intermediate", url: "https://sre.google/books/" }),
  openTelemetryIntro: resource({ title: "Getting Started with OpenTelemetry (LFS148)", provider: "The Linux Foundation", kind: "course", skills: ["Observability and Monitoring"], approxHours: 10, approxCostGbp: 0, level: "foundation", url: "https://training.linuxfoundation.org/training/getting-started-with-opentelemetry-lfs148/" }),
  ddia: resource({ title: "Designing Data-Intensive Applications (Kleppmann)", provider: "O'Reilly Media", kind: "book", skills: ["Distributed Systems Design", "Databases and SQL", "Data Engineering"], approxHours: 40, approxCostGbp: 45, level: "intermediate", url: "https://dataintensive.net/" }),
  postgresDocsPerformance: resource({ title: "PostgreSQL documentation: Performance Tips and Indexes", provider: "PostgreSQL Global Development Group", kind: "guide", skills: ["Databases and SQL"], approxHours: 10, approxCostGbp: 0, level: "intermediate", url: "https://www.postgresql.org/docs/current/performance-tips.html" }),
  googleApiDesignGuide: resource({ title: "API Design Guide", provider: "Google Cloud", kind: "guide", skills: ["API Design"], approxHours: 6, approxCostGbp: 0, level: "intermediate", url: "https://cloud.google.com/apis/design" }),
  exercism: resource({ title: "Exercism language tracks with mentoring", provider: "Exercism", kind: "course", skills: ["Programming", "Software Testing"], approxHours: 40, approxCostGbp: 0, level: "foundation", url: "https://exercism.org/tracks" }),
  dbtFundamentals: resource({ title: "dbt Fundamentals", provider: "dbt Labs", kind: "course", skills: ["Data Engineering", "Databases and SQL"], approxHours: 5, approxCostGbp: 0, level: "foundation", url: "https://learn.getdbt.com/catalog" }),
  mlSpecialization: resource({ title: "Machine Learning Specialization", provider: "DeepLearning.AI and Stanford, on Coursera", kind: "course", skills: ["Machine Learning", "Mathematics", "Statistics and Experiment Design"], approxHours: 90, approxCostGbp: 120, level: "foundation", url: "https://www.coursera.org/specializations/machine-learning-introduction" }),
  fastAi: resource({ title: "Practical Deep Learning for Coders", provider: "fast.ai", kind: "course", skills: ["Machine Learning", "Programming"], approxHours: 80, approxCostGbp: 0, level: "intermediate", url: "https://course.fast.ai/" }),
  openIntroStatistics: resource({ title: "OpenIntro Statistics (free textbook and labs)", provider: "OpenIntro", kind: "book", skills: ["Statistics and Experiment Design", "Mathematics"], approxHours: 40, approxCostGbp: 0, level: "foundation", url: "https://www.openintro.org/book/os/" }),
  analysisFunctionCharts: resource({ title: "Data visualisation: charts guidance", provider: "UK Government Analysis Function", kind: "guide", skills: ["Data Visualisation", "Writing"], approxHours: 5, approxCostGbp: 0, level: "foundation", url: "https://analysisfunction.civilservice.gov.uk/policy-store/data-visualisation-charts/" }),
  webDevAccessibility: resource({ title: "Learn Accessibility", provider: "web.dev (Google)", kind: "course", skills: ["Frontend Development", "Software Testing"], approxHours: 12, approxCostGbp: 0, level: "foundation", url: "https://web.dev/learn/accessibility" }),
  iaapCpacc: resource({ title: "Certified Professional in Accessibility Core Competencies (CPACC)", provider: "International Association of Accessibility Professionals", kind: "certification", skills: ["Frontend Development", "Customer and Personal Service"], approxHours: 40, approxCostGbp: 300, level: "intermediate", url: "https://www.accessibilityassociation.org/certification" }),
  govukDesignSystem: resource({ title: "GOV.UK Design System and Service Manual", provider: "Government Digital Service", kind: "guide", skills: ["Frontend Development", "Product Discovery", "Writing"], approxHours: 10, approxCostGbp: 0, level: "foundation", url: "https://design-system.service.gov.uk/" }),
  pspo: resource({ title: "Professional Scrum Product Owner I (PSPO I)", provider: "Scrum.org", kind: "certification", skills: ["Roadmapping and Prioritisation", "Agile Delivery", "Stakeholder Management"], approxHours: 20, approxCostGbp: 160, level: "foundation", url: "https://www.scrum.org/assessments/professional-scrum-product-owner-i-certification" }),
  continuousDiscovery: resource({ title: "Continuous Discovery Habits (Torres)", provider: "Product Talk", kind: "book", skills: ["Product Discovery", "Active Listening"], approxHours: 10, approxCostGbp: 25, level: "intermediate", url: "https://www.producttalk.org/continuous-discovery-habits/" }),
  bcsBusinessAnalysis: resource({ title: "BCS Foundation Certificate in Business Analysis", provider: "BCS, The Chartered Institute for IT", kind: "certification", skills: ["Business Analysis", "Stakeholder Management", "Systems Analysis"], approxHours: 30, approxCostGbp: 250, level: "foundation", url: "https://www.bcs.org/qualifications-and-certifications/certifications-for-professionals/business-analysis-certifications/" }),
  managersPath: resource({ title: "The Manager's Path (Fournier)", provider: "O'Reilly Media", kind: "book", skills: ["Management of Personnel Resources", "Administration and Management", "Coordination"], approxHours: 12, approxCostGbp: 30, level: "foundation", url: "https://www.oreilly.com/library/view/the-managers-path/9781491973882/" }),
  accelerate: resource({ title: "Accelerate: The Science of Lean Software and DevOps", provider: "IT Revolution Press", kind: "book", skills: ["Developer Experience", "Agile Delivery"], approxHours: 8, approxCostGbp: 20, level: "intermediate", url: "https://itrevolution.com/product/accelerate/" }),
  teamTopologies: resource({ title: "Team Topologies (Skelton and Pais)", provider: "IT Revolution Press", kind: "book", skills: ["Developer Experience", "Coordination", "Enterprise Architecture"], approxHours: 8, approxCostGbp: 25, level: "intermediate", url: "https://teamtopologies.com/book" }),
  writingForGovuk: resource({ title: "Content design: writing for GOV.UK", provider: "Government Digital Service", kind: "guide", skills: ["Writing", "Speaking"], approxHours: 4, approxCostGbp: 0, level: "foundation", url: "https://www.gov.uk/guidance/content-design/writing-for-gov-uk" }),
} satisfies Record<string, LearningResource>;

export type LearningResourceId = keyof typeof LEARNING_RESOURCES;

/** The resources an occupation cites, in the order given. */
export const resourcesFor = (...ids: LearningResourceId[]): LearningResource[] => ids.map((id) => LEARNING_RESOURCES[id]);
