import type { LibraryResource } from "../../../domain/learning-library";

/**
 * Entry routes: the UK qualification, licence, register or funded programme someone moving into a
 * sector takes, filed by SOC major group. Skills name what the route builds, so a gap in a target
 * role of that sector can point at it. England's schemes are named as such; the nations differ.
 */
export const ENTRY_ROUTES: LibraryResource[] = [
  // 13 Business and Financial Operations
  {
    id: "aat-accounting-qualifications", title: "AAT Level 2 Certificate and Level 3 Diploma in Accounting", provider: "AAT, through colleges and online tutors",
    format: "certification", level: "intro", hours: 300, costGbp: 900, costFrom: true, url: "https://www.aat.org.uk/qualifications-and-courses",
    skills: ["Management of Financial Resources", "Mathematics"], sectors: ["13", "43"],
    ukNote: "The usual route into bookkeeping and accounts roles; Level 3 can be free under Free Courses for Jobs in England.",
  },
  {
    id: "acca-qualification", title: "ACCA Qualification (Chartered Certified Accountant)", provider: "ACCA",
    format: "certification", level: "advanced", hours: 1500, costGbp: 3000, costFrom: true, url: "https://www.accaglobal.com/gb/en/qualifications/glance/acca/overview.html",
    skills: ["Management of Financial Resources", "Law and Government"], sectors: ["13"],
    ukNote: "Exam and subscription fees only; tuition is extra. Often funded by an employer or a Level 7 apprenticeship.",
  },

  // 15 Computer and Mathematical (also construction and driving bootcamps)
  {
    id: "skills-bootcamps", title: "Skills Bootcamps (free courses of up to 16 weeks with a job interview)", provider: "Department for Education, with local providers",
    format: "bootcamp", level: "intro", hours: 240, costGbp: 0, url: "https://www.gov.uk/guidance/find-a-skills-bootcamp",
    skills: ["Programming", "Computers and Electronics", "Data Visualisation"], sectors: ["15", "47", "53"],
    ukNote: "Free for adults 19+ in England (software, data, cyber, construction trades, HGV driving); employers pay 10–30 % for their own staff.",
  },

  // 17 Architecture and Engineering
  {
    id: "engineering-council-uk-spec", title: "UK-SPEC: the standard for EngTech, IEng and CEng registration", provider: "Engineering Council",
    format: "guide", level: "advanced", hours: 4, costGbp: 0, url: "https://www.engc.org.uk/standards-guidance/standards/uk-spec/",
    skills: ["Engineering and Technology"], sectors: ["17"],
    ukNote: "Registration is through a licensed institution (IET, IMechE, ICE and others), whose fees apply.",
  },
  {
    id: "ncs-civil-engineer", title: "Civil engineer: entry routes, apprenticeships and qualifications", provider: "National Careers Service",
    format: "guide", level: "intro", hours: 1, costGbp: 0, url: "https://nationalcareers.service.gov.uk/job-profiles/civil-engineer",
    skills: ["Engineering and Technology", "Mathematics"], sectors: ["17"],
  },
  {
    id: "ncs-mechanical-engineer", title: "Mechanical engineer: entry routes, apprenticeships and qualifications", provider: "National Careers Service",
    format: "guide", level: "intro", hours: 1, costGbp: 0, url: "https://nationalcareers.service.gov.uk/job-profiles/mechanical-engineer",
    skills: ["Engineering and Technology", "Science"], sectors: ["17", "49"],
  },

  // 19 Life, Physical, and Social Science
  {
    id: "science-council-registration", title: "Professional registration for scientists and technicians (RSciTech, RSci, CSci)", provider: "The Science Council",
    format: "certification", level: "intermediate", hours: 20, costGbp: 100, costFrom: true, url: "https://sciencecouncil.org/",
    skills: ["Science"], sectors: ["19"],
    ukNote: "Awarded through a licensed body such as the Royal Society of Chemistry or Royal Society of Biology; fees vary.",
  },

  // 21 Community and Social Service
  {
    id: "social-work-england-registration", title: "Qualify and register as a social worker (approved degrees and routes)", provider: "Social Work England",
    format: "guide", level: "intermediate", hours: 2, costGbp: 0, url: "https://www.socialworkengland.org.uk/registration/",
    skills: ["Active Listening", "Judgment and Decision Making", "Law and Government"], sectors: ["21"],
    ukNote: "Social work is a protected title: register after an approved degree, apprenticeship or fast-track; an enhanced DBS check is needed.",
  },
  {
    id: "frontline-programme", title: "Frontline: paid fast-track training in children's social work", provider: "Frontline",
    format: "apprenticeship", level: "intermediate", hours: 1500, costGbp: 0, url: "https://thefrontline.org.uk/",
    skills: ["Active Listening", "Judgment and Decision Making", "Speaking"], sectors: ["21"],
    ukNote: "For graduates with a 2:1 or career changers; paid while training in England; enhanced DBS check.",
  },
  {
    id: "bacp-careers-in-counselling", title: "Careers in counselling: training to become a counsellor or psychotherapist", provider: "British Association for Counselling and Psychotherapy",
    format: "guide", level: "intro", hours: 2, costGbp: 0, url: "https://www.bacp.co.uk/careers/careers-in-counselling/",
    skills: ["Active Listening", "Learning Strategies"], sectors: ["21"],
    ukNote: "Training usually runs three stages: introduction, certificate in counselling skills, then a diploma with placement.",
  },

  // 23 Legal
  {
    id: "sra-sqe", title: "Solicitors Qualifying Examination (SQE)", provider: "Solicitors Regulation Authority",
    format: "certification", level: "advanced", hours: 1000, costGbp: 4700, costFrom: true, url: "https://www.sra.org.uk/become-solicitor/sqe/",
    skills: ["Law and Government", "Reading Comprehension", "Writing"], sectors: ["23"],
    ukNote: "Exam fees alone are about £4,700 (SQE1 and SQE2); prep courses cost extra. Also needs a degree (any subject) and two years' qualifying work experience.",
  },
  {
    id: "bsb-becoming-a-barrister", title: "Becoming a barrister: academic, vocational and pupillage components", provider: "Bar Standards Board",
    format: "guide", level: "advanced", hours: 2, costGbp: 0, url: "https://www.barstandardsboard.org.uk/training-qualification/becoming-a-barrister.html",
    skills: ["Law and Government", "Speaking", "Critical Thinking"], sectors: ["23"],
  },
  {
    id: "cilex-professional-qualification", title: "CILEX Professional Qualification (chartered legal executive and paralegal routes)", provider: "Chartered Institute of Legal Executives",
    format: "certification", level: "intermediate", hours: 800, costGbp: 2000, costFrom: true, url: "https://www.cilex.org.uk/",
    skills: ["Law and Government", "Writing"], sectors: ["23"],
    ukNote: "Study while working, with no degree needed; paralegal, advanced paralegal and lawyer stages.",
  },

  // 25 Educational Instruction and Library
  {
    id: "get-into-teaching", title: "Get Into Teaching: train to be a teacher (QTS routes, bursaries, advisers)", provider: "Department for Education",
    format: "guide", level: "intro", hours: 3, costGbp: 0, url: "https://getintoteaching.education.gov.uk/train-to-be-a-teacher",
    skills: ["Instructing", "Learning Strategies"], sectors: ["25"],
    ukNote: "England; postgraduate routes need a degree and GCSE English and maths at grade 4; an enhanced DBS check is needed.",
  },

  // 27 Arts, Design, Entertainment, Sports, and Media
  {
    id: "screenskills-careers", title: "ScreenSkills: film, TV, games and animation careers, training and bursaries", provider: "ScreenSkills",
    format: "guide", level: "intro", hours: 3, costGbp: 0, url: "https://www.screenskills.com/",
    skills: ["Coordination", "Active Learning"], sectors: ["27"],
  },
  {
    id: "nctj-diploma-in-journalism", title: "NCTJ Diploma in Journalism", provider: "National Council for the Training of Journalists",
    format: "certification", level: "intermediate", hours: 600, costGbp: 4000, costFrom: true, url: "https://www.nctj.com/journalism-qualifications",
    skills: ["Writing", "Active Listening", "Law and Government"], sectors: ["27"],
    ukNote: "The qualification most UK newsrooms ask for; fast-track courses run about 20 weeks; bursaries via the Journalism Diversity Fund.",
  },
  {
    id: "google-ux-design-certificate", title: "Google UX Design: Professional Certificate", provider: "Google, on Coursera",
    format: "course", level: "intro", hours: 200, costGbp: 280, costFrom: true, url: "https://www.coursera.org/professional-certificates/google-ux-design",
    skills: ["Product Discovery", "Frontend Development"], sectors: ["27", "15"],
    ukNote: "Coursera subscription, about £40 a month over roughly six months.",
  },

  // 29 Healthcare Practitioners and Technical
  {
    id: "nhs-health-careers-nursing", title: "Nursing careers: degrees, nursing degree apprenticeships and entry requirements", provider: "NHS Health Careers",
    format: "guide", level: "intro", hours: 2, costGbp: 0, url: "https://www.healthcareers.nhs.uk/explore-roles/nursing",
    skills: ["Science", "Active Listening"], sectors: ["29"],
    ukNote: "Apply for a nursing degree through UCAS, or a nursing degree apprenticeship through an NHS employer.",
  },
  {
    id: "nmc-joining-the-register", title: "Joining the NMC register (nurses, midwives and nursing associates)", provider: "Nursing and Midwifery Council",
    format: "certification", level: "advanced", hours: 4, costGbp: 120, url: "https://www.nmc.org.uk/registration/joining-the-register/",
    skills: ["Science", "Law and Government"], sectors: ["29", "31"],
    ukNote: "Registration after an approved programme; the annual fee is £120 and a health and character declaration is needed.",
  },
  {
    id: "nhs-learning-support-fund", title: "NHS Learning Support Fund (training grant for nursing, midwifery and allied health students)", provider: "NHS Business Services Authority",
    format: "guide", level: "intro", hours: 1, costGbp: 0, url: "https://www.nhsbsa.nhs.uk/nhs-learning-support-fund-lsf",
    skills: ["Science"], sectors: ["29"],
    ukNote: "At least £5,000 a year, non-repayable, for eligible students in England on top of the student loan.",
  },
  {
    id: "ncs-nurse", title: "Nurse: entry routes, apprenticeships and qualifications", provider: "National Careers Service",
    format: "guide", level: "intro", hours: 1, costGbp: 0, url: "https://nationalcareers.service.gov.uk/job-profiles/nurse",
    skills: ["Science", "Customer and Personal Service"], sectors: ["29"],
  },

  // 31 Healthcare Support and 39 Personal Care and Service
  {
    id: "care-certificate", title: "The Care Certificate (induction standards for health and social care)", provider: "Skills for Care, delivered by employers",
    format: "course", level: "intro", hours: 60, costGbp: 0, url: "https://www.skillsforcare.org.uk/Developing-your-workforce/Care-Certificate/Care-Certificate.aspx",
    skills: ["Customer and Personal Service", "Active Listening", "Monitoring"], sectors: ["31", "39"],
    ukNote: "Completed in your first 12 weeks in a care job, paid by the employer; an enhanced DBS check comes first.",
  },
  {
    id: "nhs-healthcare-support-worker", title: "Healthcare support worker roles (healthcare assistant, maternity support, therapy support)", provider: "NHS Health Careers",
    format: "guide", level: "intro", hours: 1, costGbp: 0, url: "https://www.healthcareers.nhs.uk/explore-roles/healthcare-support-worker/roles-healthcare-support-worker",
    skills: ["Customer and Personal Service", "Science"], sectors: ["31"],
    ukNote: "No formal qualifications needed for many NHS support roles; training (including the Care Certificate) is on the job.",
  },
  {
    id: "dbs-checks", title: "DBS checks: what a basic, standard or enhanced check involves", provider: "Disclosure and Barring Service (GOV.UK)",
    format: "guide", level: "intro", hours: 1, costGbp: 0, url: "https://www.gov.uk/dbs-check-applicant-criminal-record",
    skills: ["Law and Government"], sectors: ["31", "39", "25", "33"],
    ukNote: "Care, health, teaching and security employers request it; a basic check costs about £21.50, an enhanced one £49.50, usually paid by the employer.",
  },
  {
    id: "ncs-care-worker", title: "Care worker: entry routes and qualifications", provider: "National Careers Service",
    format: "guide", level: "intro", hours: 1, costGbp: 0, url: "https://nationalcareers.service.gov.uk/job-profiles/care-worker",
    skills: ["Customer and Personal Service", "Active Listening"], sectors: ["31", "39"],
  },
  {
    id: "ofsted-childminder-registration", title: "Become a childminder or nanny (Ofsted registration)", provider: "Ofsted (GOV.UK)",
    format: "certification", level: "intro", hours: 40, costGbp: 300, costFrom: true, url: "https://www.gov.uk/become-childminder-nanny",
    skills: ["Instructing", "Customer and Personal Service"], sectors: ["39"],
    ukNote: "England: registration fee, paediatric first aid and childminding training; DBS checks for every adult in the home.",
  },
  {
    id: "vtct-hair-beauty-qualifications", title: "VTCT Level 2 and 3 qualifications in hairdressing, barbering and beauty therapy", provider: "VTCT, at colleges and training academies",
    format: "certification", level: "intro", hours: 400, costGbp: 1500, costFrom: true, url: "https://www.vtct.org.uk/",
    skills: ["Customer and Personal Service", "Active Listening"], sectors: ["39"],
    ukNote: "Free at Level 2 for under-19s and often for adults without a Level 2; also taken as an apprenticeship.",
  },

  // 33 Protective Service
  {
    id: "college-of-policing-joining", title: "Joining the police: entry routes for police constables", provider: "College of Policing",
    format: "guide", level: "intro", hours: 2, costGbp: 0, url: "https://www.college.police.uk/career-learning/joining-police",
    skills: ["Judgment and Decision Making", "Law and Government", "Active Listening"], sectors: ["33"],
    ukNote: "Degree apprenticeship, degree-holder entry or the pre-join degree, with a national sift and assessment centre.",
  },
  {
    id: "sia-licence", title: "Apply for an SIA licence (door supervisor, security guard, CCTV)", provider: "Security Industry Authority (GOV.UK)",
    format: "certification", level: "intro", hours: 40, costGbp: 400, costFrom: true, url: "https://www.gov.uk/guidance/apply-for-an-sia-licence",
    skills: ["Law and Government", "Customer and Personal Service"], sectors: ["33"],
    ukNote: "Licence-linked training (about six days for door supervision) plus a £184 licence fee, valid three years.",
  },
  {
    id: "prison-and-probation-jobs", title: "Prison officer and probation roles (HM Prison and Probation Service)", provider: "HM Prison and Probation Service",
    format: "guide", level: "intro", hours: 2, costGbp: 0, url: "https://prisonandprobationjobs.gov.uk/",
    skills: ["Active Listening", "Judgment and Decision Making"], sectors: ["33", "21"],
    ukNote: "Paid training from day one; no degree needed for prison officer roles.",
  },

  // 35 Food Preparation and Serving Related
  {
    id: "fsa-allergy-training", title: "Food allergy and intolerance training", provider: "Food Standards Agency",
    format: "course", level: "intro", hours: 3, costGbp: 0, url: "https://allergytraining.food.gov.uk/english/",
    skills: ["Customer and Personal Service", "Law and Government"], sectors: ["35"],
    ukNote: "Free, with a certificate; pair it with a Level 2 food hygiene certificate (about £15–£25 online).",
  },
  {
    id: "personal-licence-alcohol", title: "Personal licence to sell alcohol (APLH Level 2 qualification)", provider: "Local councils (GOV.UK)",
    format: "certification", level: "intro", hours: 8, costGbp: 200, costFrom: true, url: "https://www.gov.uk/personal-licence-to-sell-alcohol",
    skills: ["Law and Government", "Customer and Personal Service"], sectors: ["35"],
    ukNote: "England and Wales: a one-day course, the £37 council fee and a basic DBS check; needed to run a bar or pub.",
  },
  {
    id: "wset-level-2-wines", title: "WSET Level 2 Award in Wines", provider: "Wine & Spirit Education Trust, at approved providers",
    format: "certification", level: "intermediate", hours: 28, costGbp: 450, costFrom: true, url: "https://www.wsetglobal.com/qualifications/wset-level-2-award-in-wines/",
    skills: ["Customer and Personal Service", "Sales and Marketing"], sectors: ["35", "41"],
  },
  {
    id: "springboard-hospitality", title: "Springboard: free hospitality training, placements and careers support", provider: "Springboard (UK hospitality charity)",
    format: "course", level: "intro", hours: 30, costGbp: 0, url: "https://springboard.uk.net/",
    skills: ["Customer and Personal Service", "Active Learning"], sectors: ["35"],
  },

  // 37 Building and Grounds Cleaning and Maintenance and 45 Farming, Fishing, and Forestry
  {
    id: "bicsc-cleaning-training", title: "BICSc cleaning operative training and Licence to Practise", provider: "British Institute of Cleaning Science",
    format: "certification", level: "intro", hours: 16, costGbp: 150, costFrom: true, url: "https://www.bics.org.uk/",
    skills: ["Monitoring", "Customer and Personal Service"], sectors: ["37"],
  },
  {
    id: "rhs-horticulture-qualifications", title: "RHS Level 2 and 3 qualifications in horticulture", provider: "Royal Horticultural Society, at colleges and RHS gardens",
    format: "certification", level: "intro", hours: 150, costGbp: 600, costFrom: true, url: "https://www.rhs.org.uk/education-learning/qualifications-and-training/rhs-qualifications",
    skills: ["Science"], sectors: ["37", "45"],
    ukNote: "Theory certificates (often evening classes) and practical certificates; the usual route into gardening and grounds work.",
  },
  {
    id: "lantra-land-based-training", title: "Lantra land-based training (chainsaw, pesticides PA1/PA6, tractor and machinery)", provider: "Lantra, through approved instructors",
    format: "certification", level: "intro", hours: 24, costGbp: 350, costFrom: true, url: "https://www.lantra.co.uk/",
    skills: ["Monitoring", "Engineering and Technology"], sectors: ["45", "37"],
    ukNote: "Short certificated courses most estates, farms and grounds contractors require before you operate machinery or spray.",
  },
  {
    id: "seafish-fishing-training", title: "Seafish mandatory safety training for new fishers", provider: "Seafish",
    format: "course", level: "intro", hours: 24, costGbp: 300, costFrom: true, url: "https://www.seafish.org/safety-and-training/seagoing-training-and-certificates/",
    skills: ["Monitoring", "Active Learning"], sectors: ["45"],
    ukNote: "Sea survival, first aid, fire-fighting and safety awareness are required before working on a UK fishing vessel; Seafish funds many places.",
  },
  {
    id: "free-courses-for-jobs", title: "Free Courses for Jobs: a free Level 3 qualification for adults", provider: "Department for Education, at colleges and training providers",
    format: "course", level: "intermediate", hours: 400, costGbp: 0, url: "https://www.gov.uk/guidance/free-courses-for-jobs",
    skills: ["Active Learning", "Engineering and Technology"], sectors: ["45", "51", "43", "39"],
    ukNote: "England: free for adults without a Level 3, or earning under the threshold, in agriculture, engineering, care, business and other listed subjects.",
  },

  // 41 Sales and 43 Office and Administrative Support
  {
    id: "ncs-admin-assistant", title: "Admin assistant: entry routes, apprenticeships and qualifications", provider: "National Careers Service",
    format: "guide", level: "intro", hours: 1, costGbp: 0, url: "https://nationalcareers.service.gov.uk/job-profiles/admin-assistant",
    skills: ["Writing", "Computers and Electronics"], sectors: ["43"],
  },

  // 47 Construction and Extraction
  {
    id: "cscs-card", title: "CSCS card (proof of training and qualifications on UK building sites)", provider: "Construction Skills Certification Scheme",
    format: "certification", level: "intro", hours: 8, costGbp: 80, costFrom: true, url: "https://www.cscs.uk.com/applying-for-cards/",
    skills: ["Monitoring", "Law and Government"], sectors: ["47"],
    ukNote: "Most sites require one: a £36 card plus the CITB health, safety and environment test; the green labourer card needs a Level 1 award too.",
  },
  {
    id: "citb-courses-qualifications", title: "CITB health, safety and environment test, NVQs and site courses", provider: "CITB",
    format: "course", level: "intro", hours: 30, costGbp: 50, costFrom: true, url: "https://www.citb.co.uk/courses-and-qualifications/",
    skills: ["Monitoring", "Engineering and Technology"], sectors: ["47"],
    ukNote: "The HS&E test is about £50; CITB grants help employers pay for apprentices and NVQs.",
  },
  {
    id: "go-construct", title: "Go Construct: construction careers, apprenticeships and routes in", provider: "CITB",
    format: "guide", level: "intro", hours: 2, costGbp: 0, url: "https://www.goconstruct.org/",
    skills: ["Engineering and Technology"], sectors: ["47"],
  },
  {
    id: "ncs-electrician", title: "Electrician: apprenticeships, college courses and the AM2 assessment", provider: "National Careers Service",
    format: "guide", level: "intro", hours: 1, costGbp: 0, url: "https://nationalcareers.service.gov.uk/job-profiles/electrician",
    skills: ["Engineering and Technology", "Mathematics"], sectors: ["47", "49"],
  },

  // 49 Installation, Maintenance, and Repair
  {
    id: "imi-motor-industry", title: "Institute of the Motor Industry: vehicle technician qualifications and TechSafe", provider: "The Institute of the Motor Industry",
    format: "certification", level: "intro", hours: 300, costGbp: 1000, costFrom: true, url: "https://www.theimi.org.uk/",
    skills: ["Engineering and Technology", "Complex Problem Solving"], sectors: ["49"],
    ukNote: "Level 2 and 3 vehicle maintenance diplomas at colleges or as an apprenticeship; IMI TechSafe for electric and hybrid vehicles.",
  },
  {
    id: "gas-safe-register", title: "Gas Safe Register: how gas engineers qualify (ACS assessment) and register", provider: "Gas Safe Register",
    format: "certification", level: "intermediate", hours: 400, costGbp: 3000, costFrom: true, url: "https://www.gassaferegister.co.uk/",
    skills: ["Engineering and Technology", "Law and Government"], sectors: ["49", "47"],
    ukNote: "By law only registered engineers may work on gas; new entrants train through an apprenticeship or a managed learning programme.",
  },

  // 53 Transportation and Material Moving
  {
    id: "govuk-become-lorry-bus-driver", title: "Become a qualified lorry or bus driver (provisional licence, theory, Driver CPC)", provider: "DVSA (GOV.UK)",
    format: "certification", level: "intro", hours: 60, costGbp: 2500, costFrom: true, url: "https://www.gov.uk/become-lorry-bus-driver",
    skills: ["Monitoring", "Law and Government"], sectors: ["53"],
    ukNote: "Medical, theory and practical tests; training from about £2,500, or free through an HGV Skills Bootcamp in England.",
  },
  {
    id: "driver-cpc-training", title: "Driver CPC periodic training (35 hours every 5 years)", provider: "DVSA (GOV.UK)",
    format: "course", level: "intermediate", hours: 35, costGbp: 400, costFrom: true, url: "https://www.gov.uk/driver-cpc-training",
    skills: ["Monitoring", "Law and Government"], sectors: ["53"],
  },
  {
    id: "rtitb-forklift-training", title: "RTITB-accredited forklift and warehouse equipment training", provider: "RTITB accredited training centres",
    format: "certification", level: "intro", hours: 30, costGbp: 600, costFrom: true, url: "https://www.rtitb.com/",
    skills: ["Monitoring"], sectors: ["53"],
    ukNote: "Novice counterbalance or reach truck courses last 3–5 days; many warehouses train new starters.",
  },
];
