import { describe, expect, it } from "vitest";
import { renderBlueprintDelivery, renderOrderConfirmation } from "./render";

// A query string with `&` proves the links survive HTML attribute escaping in both parts.
const resultUrl = "https://careerpivot.test/results/Zx9_tok?utm_source=email&utm_medium=order";
const statusUrl = "https://careerpivot.test/checkout/success?session_id=cs_test_123";
const downloadUrl = "https://careerpivot.test/blueprints/dl_tok_456";
const htmlTag = /<\/?[a-z!][^>]*>/i;

describe("order confirmation email", () => {
  const props = {
    occupationTitle: "Backend Developer",
    amountPence: 4900,
    currency: "gbp" as const,
    resultUrl,
    statusUrl,
    orderReference: "CP-7H3K2Q",
    refundPolicyUrl: "https://careerpivot.test/refunds",
  };

  it("renders html with the links, amount and reference", async () => {
    const { html, subject } = await renderOrderConfirmation(props);
    expect(subject).toBe("Payment received — your Career Pivot Blueprint for Backend Developer");
    expect(html).toContain(`href="${resultUrl.replace("&", "&amp;")}"`);
    expect(html).toContain(`href="${statusUrl}"`);
    expect(html).toContain("£49.00");
    expect(html).toContain("CP-7H3K2Q");
    expect(html).toContain('lang="en-GB"');
  });

  it("renders a plain-text part with the links and no markup", async () => {
    const { text } = await renderOrderConfirmation(props);
    expect(text).toContain(resultUrl);
    expect(text).toContain(statusUrl);
    expect(text).toContain("https://careerpivot.test/refunds");
    expect(text).toContain("£49.00");
    expect(text).toContain("CP-7H3K2Q");
    expect(text).not.toMatch(htmlTag);
  });

  it("leaves out the refund policy link when none is given", async () => {
    const { text } = await renderOrderConfirmation({ ...props, refundPolicyUrl: undefined });
    expect(text).not.toContain("refund policy");
    expect(text).toContain("reply to this email");
  });

  it("escapes what it is given and keeps the subject on one line", async () => {
    const { html, subject } = await renderOrderConfirmation({
      ...props,
      occupationTitle: '<img src=x onerror="alert(1)">\r\nBcc: x@evil.test',
    });
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;img src=x");
    expect(subject).not.toMatch(/[\r\n]/);
  });
});

describe("blueprint delivery email", () => {
  const props = { occupationTitle: "Backend Developer", downloadUrl, resultUrl, orderReference: "CP-7H3K2Q", pageCount: 15 };

  it("renders html with the download and result links", async () => {
    const { html, subject } = await renderBlueprintDelivery(props);
    expect(subject).toBe("Your Career Pivot Blueprint: Backend Developer (PDF attached)");
    expect(html).toContain(`href="${downloadUrl}"`);
    expect(html).toContain(`href="${resultUrl.replace("&", "&amp;")}"`);
    expect(html).toContain("15-page");
    expect(html).toContain("90-day action plan");
  });

  it("renders a plain-text part with the links and no markup", async () => {
    const { text } = await renderBlueprintDelivery(props);
    expect(text).toContain(downloadUrl);
    expect(text).toContain(resultUrl);
    expect(text).toContain("CP-7H3K2Q");
    expect(text).not.toMatch(htmlTag);
  });
});
