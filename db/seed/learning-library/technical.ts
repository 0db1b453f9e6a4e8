import type { LibraryResource } from "../../../domain/learning-library";

/**
 * Technical skills: the curated vocabulary's engineering specialisms plus O*NET's computing,
 * engineering and telecoms knowledge areas. Free official documentation and open courses first;
 * vendor certificates where employers ask for them (US-dollar exam fees at about £0.80 per dollar).
 */
export const TECHNICAL: LibraryResource[] = [
  // Computers and Electronics, Engineering and Technology, Telecommunications, Networking
  {
    id: "google-it-support-certificate", title: "Google IT Support: Professional Certificate", provider: "Google, on Coursera",
    format: "course", level: "intro", hours: 120, costGbp: 200, costFrom: true, url: "https://www.coursera.org/professional-certificates/google-it-support",
    skills: ["Computers and Electronics", "Networking", "Customer and Personal Service"], sectors: ["15", "43"],
    ukNote: "Coursera subscription, about £40 a month over roughly five months.",
  },
  {
    id: "comptia-a-plus", title: "CompTIA A+", provider: "CompTIA",
    format: "certification", level: "intro", hours: 120, costGbp: 400, url: "https://www.comptia.org/certifications/a",
    skills: ["Computers and Electronics"], sectors: ["15", "49"], ukNote: "Two exams, each about £200; the usual first certificate for IT support.",
  },
  {
    id: "raspberry-pi-projects", title: "Raspberry Pi Foundation projects", provider: "Raspberry Pi Foundation",
    format: "practice", level: "intro", hours: 20, costGbp: 0, url: "https://projects.raspberrypi.org/",
    skills: ["Computers and Electronics", "Engineering and Technology", "Programming"], sectors: [],
    ukNote: "Free step-by-step builds; a Raspberry Pi kit costs about £60.",
  },
  {
    id: "openlearn-additive-manufacturing", title: "Additive manufacturing", provider: "The Open University, OpenLearn",
    format: "course", level: "intro", hours: 8, costGbp: 0, url: "https://www.open.edu/openlearn/science-maths-technology/additive-manufacturing/content-section-0",
    skills: ["Engineering and Technology"], sectors: ["51", "17"],
  },
  {
    id: "ou-t192-engineering", title: "Engineering: frameworks, analysis, production (T192)", provider: "The Open University",
    format: "course", level: "intermediate", hours: 300, costGbp: 1900, url: "https://www.open.ac.uk/courses/modules/t192",
    skills: ["Engineering and Technology", "Mathematics", "Science"], sectors: ["17"],
    ukNote: "A 30-credit first-year module of the OU engineering degree, England fee; part-time tuition fee loan available.",
  },
  {
    id: "cisco-networking-basics", title: "Networking Basics", provider: "Cisco Networking Academy",
    format: "course", level: "intro", hours: 22, costGbp: 0, url: "https://www.netacad.com/courses/networking-basics",
    skills: ["Networking", "Telecommunications"], sectors: [],
  },
  {
    id: "kurose-ross-networking", title: "Computer Networking: A Top-Down Approach (Kurose and Ross)", provider: "Pearson",
    format: "book", level: "intermediate", hours: 60, costGbp: 60, url: "https://gaia.cs.umass.edu/kurose_ross/index.php",
    skills: ["Networking", "Telecommunications"], sectors: [], ukNote: "The authors' free lectures and Wireshark labs are on the same site.",
  },
  {
    id: "comptia-network-plus", title: "CompTIA Network+", provider: "CompTIA",
    format: "certification", level: "intermediate", hours: 80, costGbp: 290, url: "https://www.comptia.org/certifications/network",
    skills: ["Networking"], sectors: ["15"],
  },
  {
    id: "cisco-ccna", title: "Cisco Certified Network Associate (CCNA)", provider: "Cisco",
    format: "certification", level: "advanced", hours: 150, costGbp: 240, url: "https://www.cisco.com/site/us/en/learn/training-certifications/certifications/enterprise/ccna/index.html",
    skills: ["Networking", "Telecommunications"], sectors: ["15", "49"],
  },
  {
    id: "ou-tm257-cisco-networking", title: "Cisco networking (CCNA) (TM257)", provider: "The Open University",
    format: "course", level: "intermediate", hours: 300, costGbp: 1900, url: "https://www.open.ac.uk/courses/modules/tm257",
    skills: ["Telecommunications", "Networking"], sectors: ["15", "49"],
    ukNote: "A 30-credit university module with Cisco's CCNA curriculum, England fee; part-time tuition fee loan available.",
  },

  // Software engineering
  {
    id: "mdn-learn-web-development", title: "Learn web development", provider: "MDN Web Docs (Mozilla)",
    format: "course", level: "intro", hours: 80, costGbp: 0, url: "https://developer.mozilla.org/en-US/docs/Learn_web_development",
    skills: ["Frontend Development", "Programming"], sectors: [],
  },
  {
    id: "zalando-restful-api-guidelines", title: "RESTful API Guidelines", provider: "Zalando",
    format: "guide", level: "intermediate", hours: 6, costGbp: 0, url: "https://opensource.zalando.com/restful-api-guidelines/",
    skills: ["API Design"], sectors: [],
  },
  {
    id: "govuk-api-standards", title: "API technical and data standards", provider: "Central Digital and Data Office (GOV.UK)",
    format: "guide", level: "intro", hours: 2, costGbp: 0, url: "https://www.gov.uk/guidance/gov-uk-api-technical-and-data-standards",
    skills: ["API Design"], sectors: [],
  },
  {
    id: "use-the-index-luke", title: "Use The Index, Luke: SQL indexing and tuning", provider: "Markus Winand",
    format: "book", level: "intermediate", hours: 12, costGbp: 0, url: "https://use-the-index-luke.com/",
    skills: ["Databases and SQL"], sectors: [],
  },
  {
    id: "sqlbolt", title: "SQLBolt interactive SQL lessons", provider: "SQLBolt",
    format: "practice", level: "intro", hours: 5, costGbp: 0, url: "https://sqlbolt.com/",
    skills: ["Databases and SQL"], sectors: [],
  },
  {
    id: "mit-distributed-systems", title: "Distributed Systems (6.5840, formerly 6.824) lectures and labs", provider: "MIT",
    format: "course", level: "advanced", hours: 120, costGbp: 0, url: "https://pdos.csail.mit.edu/6.824/",
    skills: ["Distributed Systems Design", "Programming"], sectors: [],
  },
  {
    id: "system-design-primer", title: "The System Design Primer", provider: "Donne Martin (open source)",
    format: "guide", level: "intermediate", hours: 20, costGbp: 0, url: "https://github.com/donnemartin/system-design-primer",
    skills: ["Distributed Systems Design", "Cloud Infrastructure"], sectors: [],
  },
  {
    id: "hashicorp-terraform-tutorials", title: "Terraform tutorials", provider: "HashiCorp Developer",
    format: "course", level: "intro", hours: 12, costGbp: 0, url: "https://developer.hashicorp.com/terraform/tutorials",
    skills: ["Infrastructure as Code", "Cloud Infrastructure"], sectors: [],
  },
  {
    id: "terraform-up-and-running", title: "Terraform: Up & Running, 3rd edition (Yevgeniy Brikman)", provider: "O'Reilly Media",
    format: "book", level: "intermediate", hours: 20, costGbp: 45, url: "https://www.terraformupandrunning.com/",
    skills: ["Infrastructure as Code"], sectors: [],
  },
  {
    id: "kubernetes-tutorials", title: "Kubernetes tutorials", provider: "The Kubernetes project (kubernetes.io)",
    format: "course", level: "intro", hours: 10, costGbp: 0, url: "https://kubernetes.io/docs/tutorials/",
    skills: ["Containers and Kubernetes"], sectors: [],
  },
  {
    id: "docker-get-started", title: "Docker: Get started", provider: "Docker Docs",
    format: "course", level: "intro", hours: 6, costGbp: 0, url: "https://docs.docker.com/get-started/",
    skills: ["Containers and Kubernetes", "Developer Experience"], sectors: [],
  },
  {
    id: "lf-introduction-to-kubernetes", title: "Introduction to Kubernetes (LFS158)", provider: "The Linux Foundation",
    format: "course", level: "intro", hours: 15, costGbp: 0, url: "https://training.linuxfoundation.org/training/introduction-to-kubernetes/",
    skills: ["Containers and Kubernetes"], sectors: [],
  },
  {
    id: "pagerduty-incident-response", title: "PagerDuty Incident Response documentation", provider: "PagerDuty",
    format: "guide", level: "intro", hours: 4, costGbp: 0, url: "https://response.pagerduty.com/",
    skills: ["Incident Response"], sectors: [],
  },
  {
    id: "ncsc-incident-management", title: "Incident management collection", provider: "National Cyber Security Centre",
    format: "guide", level: "intermediate", hours: 4, costGbp: 0, url: "https://www.ncsc.gov.uk/collection/incident-management",
    skills: ["Incident Response", "Security Engineering"], sectors: [],
  },
  {
    id: "atlassian-incident-handbook", title: "Incident management handbook", provider: "Atlassian",
    format: "guide", level: "intermediate", hours: 3, costGbp: 0, url: "https://www.atlassian.com/incident-management/handbook",
    skills: ["Incident Response", "Coordination"], sectors: [],
  },
  {
    id: "test-automation-university", title: "Test Automation University", provider: "Applitools",
    format: "course", level: "intro", hours: 20, costGbp: 0, url: "https://testautomationu.applitools.com/",
    skills: ["Software Testing", "Programming"], sectors: [],
  },
  {
    id: "istqb-foundation", title: "ISTQB Certified Tester Foundation Level (CTFL)", provider: "ISTQB, examined in the UK by BCS and UKITB",
    format: "certification", level: "intro", hours: 30, costGbp: 200, url: "https://www.istqb.org/certifications/certified-tester-foundation-level",
    skills: ["Software Testing"], sectors: ["15"],
  },
  {
    id: "ministry-of-testing", title: "Ministry of Testing learning and community", provider: "Ministry of Testing",
    format: "course", level: "intermediate", hours: 20, costGbp: 0, url: "https://www.ministryoftesting.com/",
    skills: ["Software Testing"], sectors: [], ukNote: "A UK-founded testing community; many talks free, the Pro membership is paid.",
  },
  {
    id: "dora-research", title: "DORA research programme and capabilities", provider: "DORA (Google Cloud)",
    format: "guide", level: "intermediate", hours: 6, costGbp: 0, url: "https://dora.dev/",
    skills: ["Developer Experience", "Agile Delivery"], sectors: [],
  },
  {
    id: "space-developer-productivity", title: "The SPACE of Developer Productivity (ACM Queue)", provider: "ACM Queue",
    format: "guide", level: "advanced", hours: 2, costGbp: 0, url: "https://queue.acm.org/detail.cfm?id=3454124",
    skills: ["Developer Experience"], sectors: [],
  },

  // Data
  {
    id: "khan-academy-statistics", title: "Statistics and probability", provider: "Khan Academy",
    format: "course", level: "intro", hours: 40, costGbp: 0, url: "https://www.khanacademy.org/math/statistics-probability",
    skills: ["Statistics and Experiment Design", "Mathematics"], sectors: [],
  },
  {
    id: "trustworthy-online-experiments", title: "Trustworthy Online Controlled Experiments (Kohavi, Tang and Xu)", provider: "Cambridge University Press",
    format: "book", level: "advanced", hours: 20, costGbp: 35, url: "https://experimentguide.com/",
    skills: ["Statistics and Experiment Design", "Product Discovery"], sectors: [],
  },
  {
    id: "wilke-fundamentals-data-visualization", title: "Fundamentals of Data Visualization (Claus O. Wilke)", provider: "O'Reilly Media (free online edition)",
    format: "book", level: "intermediate", hours: 12, costGbp: 0, url: "https://clauswilke.com/dataviz/",
    skills: ["Data Visualisation"], sectors: [],
  },
  {
    id: "microsoft-pl-300", title: "Microsoft Certified: Power BI Data Analyst Associate (PL-300)", provider: "Microsoft Learn",
    format: "certification", level: "intermediate", hours: 50, costGbp: 115, url: "https://learn.microsoft.com/en-gb/credentials/certifications/data-analyst-associate/",
    skills: ["Data Visualisation"], sectors: ["15", "13"],
  },
  {
    id: "storytelling-with-data", title: "Storytelling with Data (Cole Nussbaumer Knaflic)", provider: "Wiley",
    format: "book", level: "intro", hours: 8, costGbp: 25, url: "https://www.storytellingwithdata.com/books",
    skills: ["Data Visualisation", "Speaking"], sectors: [],
  },

  // Cloud cost
  {
    id: "aws-cost-optimization-pillar", title: "AWS Well-Architected Framework: Cost Optimization Pillar", provider: "Amazon Web Services",
    format: "guide", level: "intermediate", hours: 6, costGbp: 0, url: "https://docs.aws.amazon.com/wellarchitected/latest/cost-optimization-pillar/welcome.html",
    skills: ["Cloud Cost Management", "Cloud Infrastructure"], sectors: [],
  },
  {
    id: "finops-framework", title: "The FinOps Framework", provider: "FinOps Foundation",
    format: "guide", level: "intro", hours: 4, costGbp: 0, url: "https://www.finops.org/framework/",
    skills: ["Cloud Cost Management", "Management of Financial Resources"], sectors: [],
  },
  {
    id: "azure-cost-management-docs", title: "Microsoft Cost Management documentation", provider: "Microsoft Learn",
    format: "guide", level: "intermediate", hours: 5, costGbp: 0, url: "https://learn.microsoft.com/en-gb/azure/cost-management-billing/",
    skills: ["Cloud Cost Management"], sectors: [],
  },
];
