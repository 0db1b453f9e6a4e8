import { Page, Text, View, type Styles } from "@react-pdf/renderer";
import { createContext, useContext, type ReactNode } from "react";
import { riskForExposure } from "../domain/risk";
import type { BlueprintModel } from "./blueprint-model";
import { colors, riskColors, s } from "./styles";

export type Style = Styles[string];

/**
 * Where a page sits in the document and whether it may flow onto another sheet. Passed in rather
 * than read from react-pdf's `render` prop: a render prop makes react-pdf lay the page out again
 * twice more (once per pagination round), which was most of a Blueprint's render time.
 */
export type PagePlacement = { pageNumber: number; totalPages: number; wrap: boolean };
export const PagePlacementContext = createContext<PagePlacement>({ pageNumber: 1, totalPages: 1, wrap: true });

export function BlueprintPage({
  model,
  kicker,
  title,
  children,
}: {
  model: BlueprintModel;
  kicker?: string;
  title?: string;
  children: ReactNode;
}) {
  const { pageNumber, totalPages, wrap } = useContext(PagePlacementContext);
  return (
    <Page size="A4" style={s.page} wrap={wrap}>
      {kicker ? <Text style={s.kicker}>{kicker}</Text> : null}
      {title ? <Text style={s.h1}>{title}</Text> : null}
      {children}
      <View style={s.footer} fixed>
        <Text style={[s.footerText, s.footerLead]}>
          Career Pivot Blueprint · {model.input.occupation.title} · prepared for {model.preparedFor} · {model.date}
        </Text>
        <Text style={s.footerText}>{`Page ${pageNumber} of ${totalPages}`}</Text>
      </View>
    </Page>
  );
}

export function RiskPill({ exposure, label }: { exposure: number; label?: string }) {
  const r = riskColors[riskForExposure(exposure)];
  return <Text style={[s.pill, { color: r.fg, backgroundColor: r.bg }]}>{label ?? `${r.label} · ${exposure}`}</Text>;
}

export function Bullet({ children, style }: { children: ReactNode; style?: Style }) {
  return (
    <View style={s.bullet} wrap={false}>
      <Text style={s.bulletMark}>•</Text>
      <Text style={[s.p, { flex: 1, marginBottom: 0 }, style ?? {}]}>{children}</Text>
    </View>
  );
}

export function Stat({ value, label, color, style }: { value: string; label: string; color?: string; style?: Style }) {
  return (
    <View style={[{ flex: 1 }, style ?? {}]}>
      <Text style={[s.statValue, color ? { color } : {}]}>{value}</Text>
      <Text style={s.statLabel}>{label}</Text>
    </View>
  );
}

export function Rule() {
  return <View style={{ borderBottomWidth: 0.5, borderBottomColor: colors.line, marginVertical: 8 }} />;
}
