/**
 * Eligibility rules shared by many employers in the directory, so each is worded (and corrected)
 * once. Only rules beyond the right to work in the UK, which every employer checks.
 */
export const ELIGIBILITY = {
  civilService: "Civil Service nationality rules (reserved posts are for UK nationals only); BPSS checks, and SC clearance for some posts.",
  nics: "Northern Ireland Civil Service nationality rules; AccessNI and security checks, and clearance for some posts.",
  scottishPublic:
    "Disclosure Scotland checks (PVG membership for roles with children or protected adults); some posts need security clearance.",
  defence: "Most roles need SC or DV clearance; many are reserved for UK nationals.",
  intelligence: "British citizens only; every post needs Developed Vetting (DV).",
  nuclear: "Nuclear sites need security clearance (BPSS at least, often SC); some roles are for UK nationals only.",
  police:
    "Police officers: British, Commonwealth, EU/EEA or settled status, usually 3 years' UK residence; police vetting, medical and fitness test. Staff posts need vetting.",
  prison: "Security vetting, medical and fitness test; prison and probation posts have residence requirements.",
  fire: "Firefighters pass fitness, medical and aptitude tests; a full driving licence is usually needed. Some posts need a DBS check.",
  security: "Security officers need an SIA licence (security guarding or door supervision) and 5 years' checkable history (BS 7858).",
  aviationSecurity: "Airside roles need a 5-year referenced history and a counter-terrorist check (CTC); pilots need a UK CAA licence.",
  healthEngland:
    "Enhanced DBS check for patient-facing roles; professional registration (GMC, NMC, HCPC, GPhC, GDC) where the role needs it.",
  healthScotland:
    "PVG scheme membership for patient-facing roles; professional registration (GMC, NMC, HCPC, GPhC, GDC) where the role needs it.",
  healthWales:
    "Enhanced DBS check for patient-facing roles; professional registration (GMC, NMC, HCPC, GPhC, GDC) where the role needs it.",
  healthNi:
    "Enhanced AccessNI check for patient- and client-facing roles; registration with GMC, NMC, HCPC or NISCC where the role needs it.",
  healthUk:
    "Enhanced DBS check (PVG in Scotland, AccessNI in Northern Ireland) for patient-facing roles; GPhC, GOC, GDC or RCVS registration where the role needs it.",
  care: "Enhanced DBS check (PVG in Scotland, AccessNI in NI); care staff register with the SSSC, Social Care Wales or NISCC where the role needs it.",
  socialWork:
    "Enhanced DBS check (PVG in Scotland, AccessNI in NI); social workers register with Social Work England, the SSSC, Social Care Wales or NISCC.",
  schools:
    "Enhanced DBS with barred-list check (PVG in Scotland, AccessNI in NI); teachers need QTS, GTC Scotland, EWC or GTCNI registration.",
  education: "Enhanced DBS check (PVG in Scotland, AccessNI in NI) for roles with children, young people or vulnerable adults.",
  childcare: "Enhanced DBS with barred-list check (PVG in Scotland, AccessNI in NI); many roles need a Level 3 early-years qualification.",
  solicitors: "Qualified lawyers need a practising certificate (SRA in England and Wales, Law Society of Scotland, Law Society of NI).",
  financeRegulated: "Regulated roles need FCA fitness and propriety checks, including credit and criminal-record checks.",
  hgv: "Drivers need a Category C or C+E licence, a Driver CPC and a digital tachograph card; some depots train new drivers.",
  pcv: "Bus and coach drivers need a Category D (PCV) licence and Driver CPC; most operators train new drivers who hold a car licence.",
  van: "Delivery drivers need a full car licence (Category B); larger vans need C1. Some sites need a DBS check.",
  rail: "Safety-critical roles need a medical and drugs-and-alcohol screening; track work needs a Personal Track Safety card. Train drivers must be 20 or over and are licensed once trained.",
  maritime: "Seafarers need STCW certificates and an ENG1 medical; officers need a certificate of competency.",
  construction: "Site roles need a CSCS card (in NI, CSR card) and site safety training; plant operators need CPCS or NPORS tickets.",
  gas: "Gas engineers must be on the Gas Safe Register; electricians need an 18th Edition (BS 7671) qualification.",
} as const;
