/**
 * The one set of design tokens. The web (app.css @theme) and the Blueprint PDF both use these
 * values; tests/unit/design-tokens.test.ts fails if app.css drifts from this file.
 * Every text colour meets WCAG 2.2 AA (≥ 4.5:1) on `paper` and `surface`.
 */
export const colors = {
  ink: "#1b2430",
  muted: "#4a5567",
  paper: "#faf8f4",
  surface: "#ffffff",
  line: "#e2ddd3",
  accent: "#0e5a5a",
  accentStrong: "#0a4343",
  accentSoft: "#e6f1f0",
  riskHigh: "#b42318",
  riskHighSoft: "#fdeceb",
  riskMedium: "#a04a05",
  riskMediumSoft: "#fdf3e3",
  riskLow: "#08693f",
  riskLowSoft: "#e7f6ee",
} as const;

export const riskColors = {
  high: { fg: colors.riskHigh, bg: colors.riskHighSoft, label: "High" },
  medium: { fg: colors.riskMedium, bg: colors.riskMediumSoft, label: "Medium" },
  low: { fg: colors.riskLow, bg: colors.riskLowSoft, label: "Low" },
} as const;

/** Type scale in px (web uses rem = px / 16; the PDF uses pt at the same numbers). */
export const typeScale = {
  xs: 12,
  sm: 14,
  base: 16,
  lg: 18,
  xl: 22,
  "2xl": 28,
  "3xl": 36,
} as const;

export const spacing = { xs: 4, sm: 8, md: 16, lg: 24, xl: 40 } as const;

export const fonts = {
  serif: "Georgia, 'Times New Roman', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
} as const;
