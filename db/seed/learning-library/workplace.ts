import type { LibraryResource } from "../../../domain/learning-library";

/**
 * The curated vocabulary's cross-functional skills and knowledge areas: problem solving, judgement,
 * managing people and money, teaching, customers, law, sales, and product delivery. UK public
 * guidance (HM Treasury, GDS, ICO) is free and what UK employers expect people to know.
 */
export const WORKPLACE: LibraryResource[] = [
  // Complex Problem Solving, Judgment and Decision Making, Systems Analysis
  {
    id: "coursera-creative-problem-solving", title: "Creative Problem Solving", provider: "University of Minnesota, on Coursera",
    format: "course", level: "intro", hours: 12, costGbp: 0, url: "https://www.coursera.org/learn/creative-problem-solving",
    skills: ["Complex Problem Solving", "Critical Thinking"], sectors: [], ukNote: "Free to audit.",
  },
  {
    id: "polya-how-to-solve-it", title: "How to Solve It (George Pólya)", provider: "Princeton University Press",
    format: "book", level: "intermediate", hours: 10, costGbp: 15, url: "https://press.princeton.edu/books/paperback/9780691164076/how-to-solve-it",
    skills: ["Complex Problem Solving", "Mathematics"], sectors: [],
  },
  {
    id: "openlearn-making-decisions", title: "Making decisions", provider: "The Open University, OpenLearn",
    format: "course", level: "intro", hours: 10, costGbp: 0, url: "https://www.open.edu/openlearn/money-business/leadership-management/making-decisions/content-section-0",
    skills: ["Judgment and Decision Making", "Complex Problem Solving"], sectors: [], ukNote: "Free, with a statement of participation.",
  },
  {
    id: "hmt-green-book", title: "The Green Book: appraisal and evaluation in central government", provider: "HM Treasury",
    format: "guide", level: "advanced", hours: 10, costGbp: 0, url: "https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation-in-central-governent",
    skills: ["Judgment and Decision Making", "Management of Financial Resources"], sectors: [],
    ukNote: "How every UK public-sector business case is appraised; the method is used well beyond government.",
  },
  {
    id: "good-judgment-open", title: "Good Judgment Open forecasting challenges", provider: "Good Judgment Inc",
    format: "practice", level: "advanced", hours: 20, costGbp: 0, url: "https://www.gjopen.com/",
    skills: ["Judgment and Decision Making", "Critical Thinking"], sectors: [],
  },
  {
    id: "meadows-thinking-in-systems", title: "Thinking in Systems: A Primer (Donella Meadows)", provider: "Chelsea Green Publishing",
    format: "book", level: "intro", hours: 8, costGbp: 15, url: "https://www.chelseagreen.com/product/thinking-in-systems/",
    skills: ["Systems Analysis", "Complex Problem Solving"], sectors: [],
  },
  {
    id: "meadows-leverage-points", title: "Leverage Points: Places to Intervene in a System (essay)", provider: "The Donella Meadows Project",
    format: "guide", level: "intermediate", hours: 2, costGbp: 0, url: "https://donellameadows.org/archives/leverage-points-places-to-intervene-in-a-system/",
    skills: ["Systems Analysis"], sectors: [],
  },
  {
    id: "mit-ocw-system-dynamics", title: "Introduction to System Dynamics (15.871)", provider: "MIT OpenCourseWare",
    format: "course", level: "advanced", hours: 60, costGbp: 0, url: "https://ocw.mit.edu/courses/15-871-introduction-to-system-dynamics-fall-2013/",
    skills: ["Systems Analysis", "Mathematics"], sectors: [],
  },
  {
    id: "openlearn-understanding-operations-management", title: "Understanding operations management", provider: "The Open University, OpenLearn",
    format: "course", level: "intermediate", hours: 12, costGbp: 0, url: "https://www.open.edu/openlearn/money-business/leadership-management/understanding-operations-management",
    skills: ["Systems Analysis", "Administration and Management", "Monitoring"], sectors: [],
  },

  // Negotiation, Coordination, Stakeholder Management
  {
    id: "coursera-successful-negotiation", title: "Successful Negotiation: Essential Strategies and Skills", provider: "University of Michigan, on Coursera",
    format: "course", level: "intro", hours: 10, costGbp: 0, url: "https://www.coursera.org/learn/negotiation-skills",
    skills: ["Negotiation"], sectors: [], ukNote: "Free to audit.",
  },
  {
    id: "coursera-yale-negotiation", title: "Introduction to Negotiation: A Strategic Playbook", provider: "Yale University, on Coursera",
    format: "course", level: "intermediate", hours: 20, costGbp: 0, url: "https://www.coursera.org/learn/negotiation",
    skills: ["Negotiation", "Judgment and Decision Making"], sectors: [], ukNote: "Free to audit.",
  },
  {
    id: "cips-procurement-diploma", title: "CIPS Level 4 Diploma in Procurement and Supply", provider: "Chartered Institute of Procurement & Supply",
    format: "certification", level: "advanced", hours: 400, costGbp: 2500, costFrom: true, url: "https://www.cips.org/qualifications",
    skills: ["Negotiation", "Management of Financial Resources"], sectors: ["13"],
    ukNote: "The usual qualification for buyers and procurement officers; price depends on study route and exam fees.",
  },
  {
    id: "google-project-management-certificate", title: "Google Project Management: Professional Certificate", provider: "Google, on Coursera",
    format: "course", level: "intro", hours: 140, costGbp: 240, costFrom: true, url: "https://www.coursera.org/professional-certificates/google-project-management",
    skills: ["Coordination", "Stakeholder Management", "Monitoring", "Agile Delivery"], sectors: ["13"],
    ukNote: "Coursera subscription, about £40 a month over roughly six months.",
  },
  {
    id: "apm-project-qualifications", title: "APM Project Fundamentals Qualification (PFQ) and Project Management Qualification (PMQ)", provider: "Association for Project Management",
    format: "certification", level: "intermediate", hours: 40, costGbp: 300, costFrom: true, url: "https://www.apm.org.uk/qualifications-and-training/",
    skills: ["Coordination", "Stakeholder Management", "Monitoring"], sectors: ["13", "11"],
    ukNote: "PFQ is the entry exam (about £300 with online study); PMQ is the next step towards chartered project professional.",
  },
  {
    id: "bcs-business-analysis-book", title: "Business Analysis, 4th edition (Paul and Cadle)", provider: "BCS, The Chartered Institute for IT",
    format: "book", level: "intermediate", hours: 20, costGbp: 40, url: "https://shop.bcs.org/page/detail/?k=9781780175102",
    skills: ["Business Analysis", "Stakeholder Management", "Systems Analysis"], sectors: [],
  },

  // Management of Personnel Resources, Administration and Management, Management of Financial Resources
  {
    id: "openlearn-managing-and-managing-people", title: "Managing and managing people", provider: "The Open University, OpenLearn",
    format: "course", level: "intro", hours: 6, costGbp: 0, url: "https://www.open.edu/openlearn/money-business/leadership-management/managing-and-managing-people",
    skills: ["Management of Personnel Resources", "Administration and Management"], sectors: [],
  },
  {
    id: "cmi-management-leadership", title: "CMI Level 3 and Level 5 Certificates in Management and Leadership", provider: "Chartered Management Institute, through approved centres",
    format: "certification", level: "intermediate", hours: 120, costGbp: 1200, costFrom: true, url: "https://www.managers.org.uk/education-and-learning/qualifications/",
    skills: ["Management of Personnel Resources", "Administration and Management"], sectors: ["11"],
    ukNote: "Level 3 for first-line managers, Level 5 for middle managers; often funded through an employer's apprenticeship levy.",
  },
  {
    id: "cipd-people-practice", title: "CIPD Level 3 Foundation Certificate in People Practice", provider: "CIPD, through approved centres",
    format: "certification", level: "intro", hours: 180, costGbp: 1800, costFrom: true, url: "https://www.cipd.org/uk/learning/qualifications/",
    skills: ["Management of Personnel Resources", "Law and Government"], sectors: ["13", "43"],
    ukNote: "The entry qualification for HR roles; Level 5 and 7 follow; an Advanced Learner Loan can cover it in England.",
  },
  {
    id: "help-to-grow-management", title: "Help to Grow: Management Course", provider: "UK business schools (Small Business Charter)",
    format: "course", level: "intermediate", hours: 50, costGbp: 750, url: "https://smallbusinesscharter.org/help-to-grow-management/",
    skills: ["Administration and Management", "Management of Financial Resources", "Management of Personnel Resources"], sectors: ["11"],
    ukNote: "12 weeks for leaders of small firms (5–249 staff); government pays 90 % of the cost.",
  },
  {
    id: "openlearn-bookkeeping-accounting", title: "Introduction to bookkeeping and accounting", provider: "The Open University, OpenLearn",
    format: "course", level: "intro", hours: 8, costGbp: 0, url: "https://www.open.edu/openlearn/money-business/introduction-bookkeeping-and-accounting/content-section-0",
    skills: ["Management of Financial Resources", "Mathematics"], sectors: [], ukNote: "Free, with a statement of participation.",
  },
  {
    id: "coursera-wharton-financial-accounting", title: "Introduction to Financial Accounting", provider: "University of Pennsylvania (Wharton), on Coursera",
    format: "course", level: "intermediate", hours: 20, costGbp: 0, url: "https://www.coursera.org/learn/wharton-accounting",
    skills: ["Management of Financial Resources", "Mathematics"], sectors: [], ukNote: "Free to audit.",
  },
  {
    id: "hmt-managing-public-money", title: "Managing Public Money", provider: "HM Treasury",
    format: "guide", level: "advanced", hours: 8, costGbp: 0, url: "https://www.gov.uk/government/publications/managing-public-money",
    skills: ["Management of Financial Resources", "Law and Government"], sectors: [],
  },

  // Instructing
  {
    id: "teach-in-fe-award-education-training", title: "Teach in further education: the Level 3 Award in Education and Training and other routes", provider: "Department for Education; FE colleges and training providers",
    format: "certification", level: "intro", hours: 50, costGbp: 350, costFrom: true, url: "https://www.teach-in-further-education.campaign.gov.uk/",
    skills: ["Instructing", "Learning Strategies"], sectors: ["25"],
    ukNote: "The usual first teaching qualification for trainers and FE tutors; about a week full time or ten evenings.",
  },
  {
    id: "teach-like-a-champion", title: "Teach Like a Champion 3.0 (Doug Lemov)", provider: "Jossey-Bass (Wiley)",
    format: "book", level: "advanced", hours: 20, costGbp: 30, url: "https://teachlikeachampion.org/",
    skills: ["Instructing"], sectors: ["25"],
  },

  // Customer and Personal Service
  {
    id: "ics-ukcsi", title: "UK Customer Satisfaction Index (UKCSI) reports", provider: "The Institute of Customer Service",
    format: "guide", level: "advanced", hours: 3, costGbp: 0, url: "https://www.instituteofcustomerservice.com/research-insight/ukcsi/",
    skills: ["Customer and Personal Service"], sectors: ["41", "43"],
    ukNote: "The twice-yearly benchmark UK service employers quote; the executive summary is free.",
  },
  {
    id: "customer-service-practitioner-apprenticeship", title: "Customer service practitioner (Level 2 apprenticeship)", provider: "Employers with a training provider (Skills England standard)",
    format: "apprenticeship", level: "intro", hours: 280, costGbp: 0, url: "https://skillsengland.education.gov.uk/apprenticeships/st0072-v1-1",
    skills: ["Customer and Personal Service", "Active Listening", "Speaking"], sectors: ["41", "43", "39"],
    ukNote: "Paid job with training in England; about 12 months; no fee to the apprentice.",
  },

  // Law and Government
  {
    id: "coursera-english-common-law", title: "English Common Law: Structure and Principles", provider: "University of London, on Coursera",
    format: "course", level: "intro", hours: 15, costGbp: 0, url: "https://www.coursera.org/learn/english-common-law",
    skills: ["Law and Government", "Reading Comprehension"], sectors: ["23"], ukNote: "Free to audit; a taster of the University of London LLB.",
  },
  {
    id: "ico-uk-gdpr-guidance", title: "UK GDPR guidance and resources", provider: "Information Commissioner's Office",
    format: "guide", level: "intermediate", hours: 6, costGbp: 0, url: "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/",
    skills: ["Law and Government"], sectors: [],
  },
  {
    id: "parliament-how-it-works", title: "How Parliament works", provider: "UK Parliament",
    format: "guide", level: "intro", hours: 3, costGbp: 0, url: "https://www.parliament.uk/about/how/",
    skills: ["Law and Government"], sectors: [],
  },

  // Sales and Marketing
  {
    id: "google-digital-garage-marketing", title: "Fundamentals of Digital Marketing", provider: "Google Digital Garage",
    format: "course", level: "intro", hours: 40, costGbp: 0, url: "https://learndigital.withgoogle.com/digitalgarage/course/digital-marketing",
    skills: ["Sales and Marketing"], sectors: ["41", "27"], ukNote: "Free, with an IAB-accredited certificate; listed in the government's Skills Toolkit.",
  },
  {
    id: "hubspot-inbound-marketing", title: "Inbound Marketing Certification", provider: "HubSpot Academy",
    format: "course", level: "intro", hours: 5, costGbp: 0, url: "https://academy.hubspot.com/courses/inbound-marketing",
    skills: ["Sales and Marketing", "Customer and Personal Service"], sectors: [],
  },
  {
    id: "cim-professional-marketing", title: "CIM Level 4 Certificate in Professional Marketing", provider: "Chartered Institute of Marketing, through study centres",
    format: "certification", level: "intermediate", hours: 180, costGbp: 1800, costFrom: true, url: "https://www.cim.co.uk/qualifications/",
    skills: ["Sales and Marketing"], sectors: ["41", "11"], ukNote: "Levels 4, 6 and 7 lead to Chartered Marketer status.",
  },
  {
    id: "isp-sales-qualifications", title: "Institute of Sales Professionals membership and accredited sales programmes", provider: "Institute of Sales Professionals",
    format: "certification", level: "intermediate", hours: 40, costGbp: 150, costFrom: true, url: "https://www.the-isp.org/",
    skills: ["Sales and Marketing", "Negotiation"], sectors: ["41"], ukNote: "The UK professional body for sales; membership from about £150 a year.",
  },

  // Product Discovery, Roadmapping and Prioritisation, Agile Delivery, Business Analysis
  {
    id: "govuk-service-manual-discovery", title: "How the discovery phase works", provider: "GOV.UK Service Manual",
    format: "guide", level: "intro", hours: 2, costGbp: 0, url: "https://www.gov.uk/service-manual/agile-delivery/how-the-discovery-phase-works",
    skills: ["Product Discovery", "Business Analysis"], sectors: [],
  },
  {
    id: "mom-test", title: "The Mom Test (Rob Fitzpatrick)", provider: "Rob Fitzpatrick",
    format: "book", level: "intro", hours: 4, costGbp: 12, url: "https://www.momtestbook.com/",
    skills: ["Product Discovery", "Active Listening"], sectors: [],
  },
  {
    id: "intercom-rice-prioritisation", title: "RICE: simple prioritization for product managers", provider: "Intercom",
    format: "guide", level: "intro", hours: 1, costGbp: 0, url: "https://www.intercom.com/blog/rice-simple-prioritization-for-product-managers/",
    skills: ["Roadmapping and Prioritisation"], sectors: [],
  },
  {
    id: "escaping-the-build-trap", title: "Escaping the Build Trap (Melissa Perri)", provider: "O'Reilly Media",
    format: "book", level: "intermediate", hours: 8, costGbp: 30, url: "https://melissaperri.com/book",
    skills: ["Roadmapping and Prioritisation", "Product Discovery"], sectors: [],
  },
  {
    id: "scrum-guide", title: "The Scrum Guide", provider: "Ken Schwaber and Jeff Sutherland",
    format: "guide", level: "intro", hours: 2, costGbp: 0, url: "https://scrumguides.org/scrum-guide.html",
    skills: ["Agile Delivery", "Roadmapping and Prioritisation"], sectors: [],
  },
  {
    id: "govuk-service-manual-agile", title: "Agile delivery (Service Manual)", provider: "GOV.UK Service Manual",
    format: "guide", level: "intermediate", hours: 4, costGbp: 0, url: "https://www.gov.uk/service-manual/agile-delivery",
    skills: ["Agile Delivery", "Coordination"], sectors: [],
  },
  {
    id: "scrum-psm-1", title: "Professional Scrum Master I (PSM I)", provider: "Scrum.org",
    format: "certification", level: "intermediate", hours: 25, costGbp: 160, url: "https://www.scrum.org/assessments/professional-scrum-master-i-certification",
    skills: ["Agile Delivery"], sectors: [],
  },
  {
    id: "iiba-ecba", title: "Entry Certificate in Business Analysis (ECBA)", provider: "International Institute of Business Analysis",
    format: "certification", level: "intro", hours: 30, costGbp: 250, url: "https://www.iiba.org/business-analysis-certifications/ecba/",
    skills: ["Business Analysis"], sectors: ["13"],
  },
  {
    id: "business-analyst-apprenticeship", title: "Business analyst (Level 4 apprenticeship)", provider: "Employers with a training provider (Skills England standard)",
    format: "apprenticeship", level: "intermediate", hours: 500, costGbp: 0, url: "https://skillsengland.education.gov.uk/apprenticeships/st0117-v1-2",
    skills: ["Business Analysis", "Stakeholder Management", "Systems Analysis"], sectors: ["13", "15"],
    ukNote: "Paid job with training in England; about 18 months; no fee to the apprentice.",
  },
];
