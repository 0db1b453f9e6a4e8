import type { CuratedOccupation } from "../catalogue-schema";
import { employersFor } from "../employers";
import { resourcesFor } from "../skills";

export default {
  slug: "frontend-developer",
  title: "Frontend Developer",
  pluralTitle: "Frontend Developers",
  sector: "Technology",
  socCode: "15-1254",
  alternateTitles: ["Front-end Engineer", "UI Developer", "React Developer", "Web Developer", "JavaScript Developer"],
  summary:
    "Frontend Developers build the parts of a product that people see and touch: pages, components, forms and interactions that run in the browser or on a device, wired to the APIs behind them. AI tools can now turn a design file or a sentence into working, styled components, and they write much of the surrounding test and layout code. The harder work — accessible, fast interfaces that behave well on slow phones, hold up as a product grows, and actually make sense to the people using them — still depends on human judgement.",
  exposureScore: 52,
  exposureLabel: "Elevated but manageable risk",
  windowToAct: {
    label: "2027–2030",
    detail:
      "Design-to-code and component generation are already good enough to reduce demand for routine UI building. Junior developers whose work is mainly translating mock-ups into markup feel this first, within the next few years. Seniors who own accessibility, performance, design systems and front-end architecture have more time, but should be broadening their remit before 2030.",
  },
  vsAllWorkers:
    "Frontend development sits well above the average worker's exposure. Much of the job is producing code from a visual specification, which is exactly what current tools do well. Accessibility, performance and architecture work keeps experienced engineers in demand.",
  outlook:
    "AI has made building a standard interface quick and cheap. The frontend developers who thrive will be the ones responsible for whether that interface is usable, accessible, fast and maintainable — not just whether it exists.",
  tasksIntro: "Eight tasks that make up most frontend work, from the most exposed to AI to the least.",
  tasks: [
    {
      name: "UI component implementation",
      description:
        "Building buttons, forms, tables, modals and other reusable components in React, Vue or similar frameworks, with props, state and basic interaction.",
      risk: "high",
      exposure: 80,
      aiTools: ["GitHub Copilot", "Cursor", "v0", "Claude"],
    },
    {
      name: "Turning designs into code",
      description:
        "Translating Figma mock-ups into working pages, matching spacing, typography and layout, and filling the gaps the design did not specify.",
      risk: "high",
      exposure: 75,
      aiTools: ["Figma Dev Mode", "Builder.io Visual Copilot", "Anima", "v0"],
    },
    {
      name: "Styling and responsive layout",
      description:
        "Writing CSS or utility classes so pages adapt cleanly from small phones to wide screens, including dark mode and print styles where needed.",
      risk: "high",
      exposure: 70,
      aiTools: ["GitHub Copilot", "Cursor", "v0", "ChatGPT"],
    },
    {
      name: "Front-end test writing",
      description: "Writing unit, component and end-to-end tests that check rendering, user interactions and key journeys across browsers.",
      risk: "high",
      exposure: 68,
      aiTools: ["GitHub Copilot", "Cursor", "Claude", "Playwright MCP"],
    },
    {
      name: "API integration and state management",
      description:
        "Connecting the interface to backend APIs, handling loading and error states, caching, optimistic updates and client-side state that stays consistent.",
      risk: "medium",
      exposure: 45,
      aiTools: ["GitHub Copilot", "Cursor", "ChatGPT"],
    },
    {
      name: "Accessibility and inclusive design",
      description:
        "Making interfaces work with screen readers, keyboards and magnification, meeting WCAG 2.2 AA and testing with disabled users rather than relying on automated checks alone.",
      risk: "medium",
      exposure: 35,
      aiTools: ["axe DevTools", "GitHub Copilot", "ChatGPT"],
    },
    {
      name: "Performance and Core Web Vitals",
      description:
        "Diagnosing slow loads and janky interactions on real devices, trimming bundles, tuning rendering and images, and keeping Core Web Vitals healthy as features land.",
      risk: "low",
      exposure: 25,
      aiTools: ["Chrome DevTools AI assistance", "GitHub Copilot", "ChatGPT"],
    },
    {
      name: "Front-end architecture and design systems",
      description:
        "Choosing frameworks and rendering strategies, structuring a large codebase, and owning a shared design system that many teams build on.",
      risk: "low",
      exposure: 18,
      aiTools: ["ChatGPT", "Claude", "Figma AI"],
    },
  ],
  timelineIntro:
    "Frontend work was among the earliest software disciplines to feel generative AI, because so much of it is turning a visual specification into code.",
  timeline: [
    {
      period: "2021–2024",
      title: "Autocomplete for the UI",
      body: "Code assistants became standard in frontend teams, speeding up component scaffolding, CSS and test boilerplate. Early design-to-code tools appeared, producing rough but usable markup from mock-ups. Reviewers learned to watch for generated code that looked right but failed accessibility checks.",
    },
    {
      period: "2025–2026",
      title: "Prompts and designs become pages",
      body: "Tools such as v0 and design-to-code plugins now produce styled, working components from a description or a Figma frame, and agents can assemble whole pages with tests. Prototyping is dramatically faster, and some teams need fewer people to ship routine interface changes.",
    },
    {
      period: "2028–2035",
      title: "Frontend as product engineering",
      body: "Expect most standard interface code to be generated. Frontend engineers will spend their time on design systems, accessibility, performance on real devices and the judgement calls about interaction that make a product pleasant to use — often working much closer to design and product than today.",
    },
  ],
  verdict:
    "Frontend developers face elevated but manageable exposure. Routine interface building is automating quickly, while accessibility, performance and front-end architecture remain firmly in human hands.",
  comparisonBlurb:
    "Turning designs into components is now largely automatable, but accessibility, performance on real devices and design-system ownership still need experienced engineers.",
  pivotIntro:
    "Component thinking, API integration and a feel for users carry well into full-stack and backend work, design engineering, product roles and developer experience.",
  skills: [
    { skill: "Frontend Development", importance: 95, level: 4 },
    { skill: "Programming", importance: 90, level: 4 },
    { skill: "Computers and Electronics", importance: 80, level: 4 },
    { skill: "Software Testing", importance: 70, level: 3 },
    { skill: "API Design", importance: 65, level: 3 },
    { skill: "Critical Thinking", importance: 65, level: 3 },
    { skill: "Complex Problem Solving", importance: 60, level: 3 },
    { skill: "Customer and Personal Service", importance: 55, level: 3 },
    { skill: "Agile Delivery", importance: 50, level: 3 },
    { skill: "Active Listening", importance: 50, level: 3 },
    { skill: "Writing", importance: 45, level: 3 },
    { skill: "Security Engineering", importance: 35, level: 2 },
    { skill: "Data Visualisation", importance: 35, level: 2 },
  ],
  salary: {
    currency: "GBP",
    p25: 45000,
    median: 55000,
    p75: 67500,
    source: "ITJobsWatch, permanent UK job adverts citing 'Front-end Developer'",
    sourceUrl: "https://www.itjobswatch.co.uk/jobs/uk/front-end%20developer.do",
    year: 2025,
    period: "6 months to October 2025",
    reviewedOn: "2026-11-01",
    roundedTo: 2500,
    regions: [],
    regionalNote:
      "The source reports UK-wide adverts; we have not curated a regional split for this role yet. London adverts usually pay more than the UK figure and most other regions less.",
  },
  employers: employersFor(
    "bbc",
    "gds",
    "sky",
    "skyscanner",
    "thg",
    "ft",
    "autoTrader",
    "rightmove",
    "gymshark",
    "kainos",
    "admiral",
    "dwp",
  ),
  learningResources: resourcesFor(
    "webDevAccessibility",
    "govukDesignSystem",
    "iaapCpacc",
    "exercism",
    "owaspTopTen",
    "googleApiDesignGuide",
  ),
  faq: [
    {
      question: "Will AI replace frontend developers?",
      answer:
        "It will replace a good deal of frontend typing, but not the need for frontend engineers. AI can already generate components, layouts and tests from designs or prompts. What it does unreliably is build interfaces that are genuinely accessible, fast on cheap phones, consistent across a large product and easy to change a year later. Developers who own those qualities remain in demand; roles that were mostly converting mock-ups into markup are shrinking.",
    },
    {
      question: "Which frontend tasks are most at risk from AI?",
      answer:
        "Component implementation, design-to-code work, styling and routine test writing are the most exposed — current tools handle the common patterns well. API integration and accessibility are moderately exposed: AI gets you started, but edge cases and real assistive-technology testing need a person. Performance work on real devices and front-end architecture are the least exposed.",
    },
    {
      question: "How quickly is AI changing frontend development jobs?",
      answer:
        "Faster than most software roles. Design-to-code and prompt-to-UI tools matured quickly in 2024–2026, and many teams now prototype without hand-writing markup. Over the next few years expect fewer pure implementation roles, especially at junior level, and more emphasis on review, quality and design-system ownership.",
    },
    {
      question: "What should frontend developers do to stay relevant?",
      answer:
        "Go deep on what AI handles poorly: accessibility (WCAG and assistive-technology testing), web performance, design systems and front-end architecture. Learn more of the backend and API side so you can own whole features. Working closely with designers and users is an advantage, and full-stack, design engineering and developer experience roles are natural next steps.",
    },
  ],
  sources: [
    { label: "Eloundou et al. (2024), “GPTs are GPTs”, Science 384(6702)" },
    { label: "O*NET task statements for 15-1254.00 Web Developers", url: "https://www.onetonline.org/link/summary/15-1254.00" },
    {
      label: "ITJobsWatch, UK permanent salary data for the job title, 6 months to October 2025",
      url: "https://www.itjobswatch.co.uk/jobs/uk/front-end%20developer.do",
    },
  ],
  updatedAt: "2026-11-01",
} satisfies CuratedOccupation;
