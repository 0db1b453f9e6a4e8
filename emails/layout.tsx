import type { CSSProperties, ReactNode } from "react";
import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import { colors, fonts, spacing, typeScale } from "../lib/design-tokens";

/**
 * The frame shared by every order email. Inline styles only: mail clients drop <style> blocks
 * and CSS variables, so the design tokens are copied in as literal values here.
 */
export const styles = {
  heading: {
    color: colors.ink,
    fontFamily: fonts.serif,
    fontSize: typeScale["2xl"],
    fontWeight: 400,
    lineHeight: "1.25",
    margin: `0 0 ${spacing.md}px`,
  },
  subheading: {
    color: colors.ink,
    fontFamily: fonts.serif,
    fontSize: typeScale.lg,
    fontWeight: 400,
    margin: `${spacing.lg}px 0 ${spacing.sm}px`,
  },
  text: { color: colors.ink, fontSize: typeScale.base, lineHeight: "1.6", margin: `0 0 ${spacing.md}px` },
  small: { color: colors.muted, fontSize: typeScale.sm, lineHeight: "1.6", margin: `0 0 ${spacing.sm}px` },
  link: { color: colors.accent, textDecoration: "underline" },
  button: {
    backgroundColor: colors.accent,
    borderRadius: 6,
    color: colors.surface,
    display: "inline-block",
    fontSize: typeScale.base,
    fontWeight: 600,
    padding: `${spacing.sm + 4}px ${spacing.lg}px`,
    textDecoration: "none",
  },
  panel: { backgroundColor: colors.accentSoft, borderRadius: 6, padding: `${spacing.sm}px ${spacing.md}px`, margin: `0 0 ${spacing.md}px` },
  panelText: { color: colors.ink, fontSize: typeScale.sm, lineHeight: "1.6", margin: `${spacing.xs}px 0` },
} satisfies Record<string, CSSProperties>;

const body: CSSProperties = {
  backgroundColor: colors.paper,
  fontFamily: fonts.sans,
  margin: 0,
  padding: `${spacing.lg}px ${spacing.sm}px`,
};
const card: CSSProperties = {
  backgroundColor: colors.surface,
  border: `1px solid ${colors.line}`,
  borderRadius: 8,
  maxWidth: 560,
  padding: `${spacing.xl - 8}px ${spacing.lg}px`,
};
const wordmark: CSSProperties = { color: colors.accent, fontFamily: fonts.serif, fontSize: typeScale.lg, margin: `0 0 ${spacing.lg}px` };

export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en-GB">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={card}>
          <Text style={wordmark}>Career Pivot</Text>
          {children}
          <Hr style={{ borderColor: colors.line, margin: `${spacing.lg}px 0 ${spacing.md}px` }} />
          <Text style={styles.small}>Questions about your order? Reply to this email and a person will answer.</Text>
        </Container>
      </Body>
    </Html>
  );
}

/** A link whose visible text is the address itself, so the plain-text part shows it once. */
export function UrlLink({ href }: { href: string }) {
  return (
    <Link href={href} style={{ ...styles.link, wordBreak: "break-all" }}>
      {href}
    </Link>
  );
}

export function ReferencePanel({ orderReference }: { orderReference: string }) {
  return (
    <Section style={styles.panel}>
      <Text style={styles.panelText}>
        Order reference: <strong>{orderReference}</strong>
      </Text>
    </Section>
  );
}
