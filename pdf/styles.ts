import { StyleSheet } from "@react-pdf/renderer";
import { colors, riskColors, spacing, typeScale } from "../lib/design-tokens";
import { SANS, SERIF } from "./fonts";

/**
 * The web's type scale in px converted to pt (1 px = 0.75 pt, the CSS definition), so 16 px body
 * text on screen and 12 pt in print are the same physical size.
 */
const pt = (px: number) => Math.round(px * 0.75 * 10) / 10;
export const size = {
  tiny: pt(typeScale.xs) - 1.5,
  xs: pt(typeScale.xs),
  sm: pt(typeScale.sm),
  base: pt(typeScale.base),
  lg: pt(typeScale.lg),
  xl: pt(typeScale.xl),
  "2xl": pt(typeScale["2xl"]),
  "3xl": pt(typeScale["3xl"]),
};

export { colors, riskColors, spacing, SANS, SERIF };

const bold = { fontFamily: SANS, fontWeight: 600 } as const;
const heading = { fontFamily: SERIF, fontWeight: 600 } as const;

export const PAGE_MARGIN = 44;
/** A4 in points, as react-pdf sizes it. */
export const A4 = { width: 595.28, height: 841.89 };
export const CONTENT_WIDTH = A4.width - PAGE_MARGIN * 2;

// lineHeight is set on Text styles only: on Page or a containing View it silently hides the
// absolutely positioned footer (measured with @react-pdf/renderer 4.9; ADR 010, "Look").
export const s = StyleSheet.create({
  page: {
    // Pages render without react-pdf's pagination pass (wrap off), which leaves a page as tall as
    // its content: the minimum keeps it a full A4 sheet, and content that overflows makes it taller,
    // which the renderer detects (pageHeights in render-document.tsx) instead of cutting text off.
    minHeight: A4.height,
    paddingTop: PAGE_MARGIN,
    paddingHorizontal: PAGE_MARGIN,
    paddingBottom: PAGE_MARGIN + 12,
    backgroundColor: colors.surface,
    color: colors.ink,
    fontFamily: SANS,
    fontSize: size.sm,
  },
  footer: {
    position: "absolute",
    bottom: 20,
    left: PAGE_MARGIN,
    right: PAGE_MARGIN,
    flexDirection: "row",
    justifyContent: "space-between",
    borderTopWidth: 0.5,
    borderTopColor: colors.line,
    paddingTop: 6,
  },
  footerText: { fontSize: size.tiny, color: colors.muted },
  // A long email wraps the left part onto a second line instead of running under the page number.
  footerLead: { flex: 1, paddingRight: 12 },
  kicker: {
    fontSize: size.xs,
    color: colors.accent,
    ...bold,
    letterSpacing: 0.8,
    textTransform: "uppercase",
    marginBottom: 4,
    lineHeight: 1.2,
  },
  h1: { fontSize: size["2xl"], ...heading, color: colors.ink, marginBottom: spacing.sm, lineHeight: 1.15 },
  h2: { fontSize: size.lg, ...heading, color: colors.ink, marginTop: spacing.md, marginBottom: 6, lineHeight: 1.2 },
  h3: { fontSize: size.base, ...heading, color: colors.ink, marginBottom: 4, lineHeight: 1.2 },
  lead: { fontSize: size.base, color: colors.ink, lineHeight: 1.4, marginBottom: spacing.sm },
  p: { fontSize: size.sm, color: colors.ink, lineHeight: 1.45, marginBottom: 6 },
  small: { fontSize: size.xs, color: colors.muted, lineHeight: 1.4 },
  tiny: { fontSize: size.tiny, color: colors.muted, lineHeight: 1.35 },
  bold,
  row: { flexDirection: "row" },
  panel: { backgroundColor: colors.paper, borderRadius: 4, padding: spacing.md - 4, marginBottom: spacing.sm },
  accentPanel: {
    backgroundColor: colors.accentSoft,
    borderLeftWidth: 3,
    borderLeftColor: colors.accent,
    padding: spacing.md - 4,
    marginBottom: spacing.sm,
  },
  statValue: { fontSize: size["2xl"], ...heading, color: colors.accentStrong, lineHeight: 1.1 },
  statLabel: { fontSize: size.xs, color: colors.muted, lineHeight: 1.3, marginTop: 2 },
  pill: { fontSize: size.tiny, ...bold, paddingVertical: 2, paddingHorizontal: 5, borderRadius: 3, lineHeight: 1.2 },
  th: { fontSize: size.tiny, ...bold, color: colors.muted, textTransform: "uppercase", letterSpacing: 0.4, lineHeight: 1.2 },
  td: { fontSize: size.xs, color: colors.ink, lineHeight: 1.35 },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: colors.line, paddingVertical: 5 },
  bullet: { flexDirection: "row", marginBottom: 3 },
  bulletMark: { width: 10, fontSize: size.sm, color: colors.accent, lineHeight: 1.4 },
});
