import { Resend } from "resend";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startFakeResend, type FakeResend } from "./resend";
import { retryAfterSeconds } from "../../emails/pacing";

// The Resend fake on request enforces Resend's team limit the way the API answers it, through the real SDK.
let fake: FakeResend;
let resend: Resend;

beforeAll(async () => {
  fake = await startFakeResend();
  resend = new Resend("re_fake123", { baseUrl: fake.url });
});
afterAll(() => fake?.close());

const email = (n: number) => ({ from: "a@example.com", to: ["b@example.com"], subject: `s${n}`, text: "t" });

it("answers the third request within a second 429 with retry-after and ratelimit headers, and only when asked to", async () => {
  for (const n of [1, 2, 3]) expect((await resend.emails.send(email(n))).error).toBeNull();

  fake.enforceRateLimit(2);
  // Sent together, so all three land within the same second whatever the machine's load.
  const results = await Promise.all([4, 5, 6].map((n) => resend.emails.send(email(n))));
  const refused = results.filter((r) => r.error);
  expect(refused).toHaveLength(1);
  expect(refused[0]!.error).toMatchObject({ statusCode: 429, name: "rate_limit_exceeded" });
  expect(refused[0]!.headers).toMatchObject({ "ratelimit-limit": "2", "ratelimit-remaining": "0" });
  expect(retryAfterSeconds(refused[0]!.headers)).toBeGreaterThanOrEqual(1);
  expect(fake.rateLimited).toBe(1);
  expect(fake.emails).toHaveLength(5);

  fake.enforceRateLimit(null);
  expect((await Promise.all([7, 8, 9].map((n) => resend.emails.send(email(n))))).every((r) => r.error === null)).toBe(true);
});

it("reads retry-after as seconds or an HTTP date, and falls back to a second", () => {
  expect(retryAfterSeconds({ "retry-after": "3" })).toBe(3);
  expect(retryAfterSeconds({ "retry-after": new Date(10_000).toUTCString() }, 4_000)).toBe(6);
  expect(retryAfterSeconds({ "ratelimit-reset": "2" })).toBe(2);
  expect(retryAfterSeconds(null)).toBe(1);
});
