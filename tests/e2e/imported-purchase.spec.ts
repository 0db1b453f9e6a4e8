import { execFileSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import type { ImportOptions } from "../../db/import";
import { LEARNING_LIBRARY } from "../../db/seed/learning-library";
import { SECTOR_EMPLOYERS } from "../../db/seed/sector-employers";
import { writeResearchFixtures } from "../fixtures/research-fixtures";
import { importIntoE2eDatabase } from "./e2e-database";
import { E2E_STAFF, signInAsStaff } from "./staff-auth";

/**
 * Three imported occupations from different SOC major groups, each bought end to end as a user
 * would: report → assessment → result → pay in the local simulator → the delivery email in the
 * local outbox → the PDF its link downloads, checked with poppler (pdfinfo, pdftotext).
 * With ../shared/data present (or RESEARCH_DATA_DIR) the real import is used and real roles are
 * bought; without it, the invented fixture roles. The real import stays in the database: this spec
 * has a Playwright project of its own that runs after every spec reading the fixture catalogue.
 */
const DATA = process.env.RESEARCH_DATA_DIR ?? path.resolve(import.meta.dirname, "../../../shared/data");
const REAL_GPTS = path.join(DATA, "gpts-are-gpts");
const REAL = existsSync(path.join(REAL_GPTS, "occ_level.csv"));

type Buyer = { slug: string; title: string; socGroup: string; region: string; regionName: string };
const BUYERS: Buyer[] = REAL
  ? [
      { slug: "registered-nurses", title: "Registered Nurses", socGroup: "29", region: "scotland", regionName: "Scotland" },
      { slug: "electricians", title: "Electricians", socGroup: "47", region: "wales", regionName: "Wales" },
      { slug: "accountants-and-auditors", title: "Accountants and Auditors", socGroup: "13", region: "london", regionName: "London" },
    ]
  : [
      { slug: "lighthouse-keepers", title: "Lighthouse Keepers", socGroup: "27", region: "scotland", regionName: "Scotland" },
      { slug: "tide-table-compilers", title: "Tide Table Compilers", socGroup: "43", region: "wales", regionName: "Wales" },
      { slug: "thatchers", title: "Thatchers", socGroup: "47", region: "london", regionName: "London" },
    ];

const fixtures = writeResearchFixtures();
const FIXTURE_IMPORT: ImportOptions = { gptsDir: fixtures.gpts, applicabilityCsv: fixtures.applicability };
const REAL_IMPORT: ImportOptions = {
  gptsDir: REAL_GPTS,
  applicabilityCsv: path.join(DATA, "working-with-ai/soc_ai_applicability_scores.csv"),
};

test.beforeAll(async () => {
  test.setTimeout(300_000);
  await importIntoE2eDatabase(REAL ? REAL_IMPORT : FIXTURE_IMPORT);
});

test.afterAll(() => rmSync(fixtures.root, { recursive: true, force: true }));

const employerNames = SECTOR_EMPLOYERS.map((e) => e.name);
// A real role has O*NET's eleven basic skills; the invented fixture roles rate two or three, so a
// plan aimed at one studies two skills and links the two resources it uses.
const MIN_LIBRARY_LINKS = REAL ? 3 : 2;
const libraryUrls = new Set(LEARNING_LIBRARY.map((r) => r.url));

async function takeAssessment(page: Page, buyer: Buyer) {
  await page.goto(`/occupations/${buyer.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(buyer.title);
  // The offer says what this role's Blueprint contains: US-derived pay ratios and the sector's typical employers.
  const offer = page.locator("section", { has: page.getByRole("heading", { name: "Your personalised plan" }) });
  await expect(offer).toContainText("Blueprint: £49");
  await expect(
    offer.getByRole("listitem").filter({ hasText: "US BLS May 2021 medians, applied to the salary band you give us" }),
  ).toHaveCount(1);
  await expect(
    offer.getByRole("listitem").filter({ hasText: "Typical UK employers of each path's sector, sorted by your region" }),
  ).toHaveCount(1);
  await expect(offer).not.toContainText("UK salary bands");
  await offer.getByRole("link", { name: "Take the free assessment" }).click();

  await expect(page).toHaveURL(new RegExp(`/assessment\\?occupation=${buyer.slug}$`));
  await expect(page.getByRole("radio", { name: buyer.title })).toBeChecked();
  await page.getByRole("button", { name: "Start the assessment" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your experience");
  await page.getByLabel("Years of experience in this kind of work").fill("7");
  await page.getByRole("radio", { name: /Mid-level/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How you spend your week");
  const shares = page.getByRole("spinbutton");
  const tasks = await shares.count();
  expect(tasks).toBeGreaterThanOrEqual(2);
  const split = tasks >= 3 ? [50, 30, 20] : [60, 40];
  for (let i = 0; i < tasks; i++) await shares.nth(i).fill(String(split[i] ?? 0));
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your skills");
  const groups = page.getByRole("group").filter({ hasNotText: "(optional)" });
  const count = await groups.count();
  expect(count).toBeGreaterThanOrEqual(1);
  for (let i = 0; i < count; i++) await groups.nth(i).getByRole("radio", { name: /^3/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your goals");
  await page.getByRole("radio", { name: /Make an adjacent move/ }).check();
  await page.getByLabel("Hours a week you can give to learning").fill("6");
  await page.getByLabel("Where in the UK do you work?").selectOption(buyer.region);
  await page.getByLabel(/Your current salary/).selectOption({ label: "£35,000 to £45,000 a year" });
  await page.getByRole("button", { name: "See my result" }).click();
  await expect(page).toHaveURL(/\/results\/[A-Za-z0-9_-]{32}$/);
}

async function pay(page: Page, buyer: Buyer, email: string) {
  await expect(page.getByRole("heading", { name: "Your Career Pivot Blueprint — £49" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "US BLS May 2021 medians" })).toHaveCount(1);
  await page.getByRole("checkbox", { name: /delivered straight away/ }).check();
  await page.getByRole("button", { name: "Get your Blueprint — £49" }).click();

  await expect(page).toHaveURL(/\/checkout\/simulator\/cs_test_sim_/);
  await expect(page.getByText(`Career Pivot Blueprint — ${buyer.title}`)).toBeVisible();
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("button", { name: "Pay £49.00" }).click();
  await expect(page).toHaveURL(/\/checkout\/success\?session_id=cs_test_sim_/);
  await expect(page.getByTestId("order-status")).toHaveText("delivered", { timeout: 120_000 });
}

let staffSignedIn = false;

/** The delivery email in the local outbox, and the PDF its download link serves. */
async function pdfFromOutbox(page: Page, email: string, file: string): Promise<string> {
  // The outbox is part of the staff console; the first visit signs in, the session serves the others.
  if (staffSignedIn) await page.goto("/staff/outbox");
  else await signInAsStaff(page, E2E_STAFF, "/staff/outbox");
  staffSignedIn = true;
  const delivery = page
    .getByRole("row")
    .filter({ hasText: email })
    .filter({ has: page.getByRole("link", { name: /\.pdf$/ }) });
  await expect(delivery).toHaveCount(1);
  await delivery
    .getByRole("link", { name: /Blueprint/ })
    .first()
    .click();
  const body = (await page.locator("pre").first().textContent()) ?? "";
  const link = /https?:\/\/[^\s]+\/blueprints\/[A-Za-z0-9_.-]+/.exec(body)?.[0];
  expect(link, "the email's download link").toBeTruthy();
  const res = await page.request.get(new URL(link!).pathname);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  writeFileSync(file, await res.body());
  return file;
}

const pdftotext = (file: string, pageNo: number) =>
  execFileSync("pdftotext", ["-layout", "-f", String(pageNo), "-l", String(pageNo), file, "-"], { encoding: "utf8" });

function checkPdf(file: string, buyer: Buyer) {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  expect.soft(info).toMatch(/^Pages:\s+15$/m);
  expect.soft(info).toMatch(/^Page size:\s+595\.2\d x 841\.8\d pts \(A4\)$/m);
  const pages = Array.from({ length: 15 }, (_, i) => pdftotext(file, i + 1));
  const all = pages.join("\n");
  expect.soft(all).toContain(buyer.title);

  // Employers: a page naming at least five of the directory's sector employers, said to be typical employers, not vacancies.
  const named = pages.map((text) => employerNames.filter((name) => text.includes(name)));
  const employersPage = named.findIndex((names) => names.length >= 5);
  expect
    .soft(employersPage, `a page naming five sector employers (most named on one page: ${Math.max(...named.map((n) => n.length))})`)
    .toBeGreaterThanOrEqual(0);
  const employersText = (pages[employersPage] ?? "").replace(/\s+/g, " ");
  expect.soft(employersText, "the employers page says they are typical employers").toMatch(/typical employers/i);
  expect.soft(employersText, "the employers page says they are not vacancies").toMatch(/not live vacancies/i);
  expect.soft(employersText, "the employers page is sorted for the buyer's region").toContain(buyer.regionName);

  // Learning resources with links: at least three of the library's resources are linked from the PDF.
  const urls = execFileSync("pdfinfo", ["-url", file], { encoding: "utf8" })
    .split("\n")
    .slice(1)
    .map((line) => line.trim().split(/\s+/)[2])
    .filter((u): u is string => Boolean(u));
  const resources = urls.filter((u) => libraryUrls.has(u));
  expect.soft(new Set(resources).size, `library links among ${urls.length} links`).toBeGreaterThanOrEqual(MIN_LIBRARY_LINKS);

  // Pay: figures with their source, the US BLS wages (a ratio applied to the buyer's band), never a curated UK source.
  const payPage = pages.find((text) => /BLS/.test(text) && /2021/.test(text));
  expect.soft(payPage, "a page citing BLS wages of 2021").toBeDefined();
  expect.soft(payPage ?? "", "a pay figure on that page").toMatch(/\d+ ?%|£\d/);
  expect.soft(all).not.toMatch(/ITJobsWatch/i);
  // Nothing left empty for want of curated data.
  expect.soft(all).not.toMatch(/We have not yet listed employers|We hold no (UK )?salary band/);
}

// One test, one import: a failed check would otherwise restart the worker and import again. The
// PDF checks are soft, so each buyer's PDF is checked whatever an earlier one showed.
test("three buyers pay for imported Blueprints from different SOC major groups and get checked PDFs", async ({ page }, testInfo) => {
  test.setTimeout(BUYERS.length * 240_000);
  expect(new Set(BUYERS.map((b) => b.socGroup)).size).toBe(3);
  for (const [i, buyer] of BUYERS.entries()) {
    await test.step(`${buyer.title} (SOC ${buyer.socGroup}), working in ${buyer.regionName}`, async () => {
      // The e2e data directory may outlive a run: a fresh address keeps this run's outbox rows apart.
      const email = `imported-${i}-${Date.now()}@example.com`;
      await takeAssessment(page, buyer);
      await pay(page, buyer, email);
      const file = await pdfFromOutbox(page, email, testInfo.outputPath(`${buyer.slug}.pdf`));
      writeFileSync(testInfo.outputPath(`${buyer.slug}.txt`), execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }));
      checkPdf(file, buyer);
    });
  }
});
