import { Text, View } from "@react-pdf/renderer";
import type { BlueprintModel } from "../blueprint-model";
import { BlueprintPage } from "../components";
import { colors, s, size, spacing } from "../styles";
import { selectWindowPage } from "./window.data";

export function WindowPage({ model }: { model: BlueprintModel }) {
  const d = selectWindowPage(model);
  return (
    <BlueprintPage model={model} kicker="Your window to act" title={d.title}>
      <View style={s.accentPanel} wrap={false}>
        <Text style={[s.h3, { color: colors.accentStrong }]}>For you</Text>
        <Text style={s.p}>{d.forYou}</Text>
        {d.role ? (
          <>
            <Text style={[s.h3, { color: colors.accentStrong, marginTop: 4 }]}>
              For {d.role.pluralTitle} generally: {d.role.label}
            </Text>
            <Text style={[s.p, { marginBottom: 0 }]}>{d.role.detail}</Text>
          </>
        ) : null}
      </View>

      <Text style={s.h2}>How the role is changing</Text>
      {d.timelineIntro ? <Text style={s.p}>{d.timelineIntro}</Text> : null}
      {d.eras.map((era) => (
        <View key={era.period} style={[s.row, { marginTop: 4 }]} wrap={false}>
          <View style={{ width: 80 }}>
            <Text style={[s.td, s.bold, { color: colors.accent }]}>{era.period}</Text>
          </View>
          <View style={{ width: 14, alignItems: "center" }}>
            <View style={{ width: 8, height: 8, borderRadius: 4, backgroundColor: colors.accent, marginTop: 2 }} />
            {era.last ? null : <View style={{ width: 1, flexGrow: 1, backgroundColor: colors.line, marginTop: 2 }} />}
          </View>
          <View style={{ flex: 1, paddingLeft: 8, paddingBottom: 6 }}>
            <Text style={s.h3}>{era.title}</Text>
            <Text style={[s.p, { fontSize: size.xs }]}>{era.body}</Text>
          </View>
        </View>
      ))}
      {d.eras.length === 0 ? (
        <Text style={s.p}>We have not yet written a timeline for this role; the window above comes from your own answers.</Text>
      ) : null}

      <Text style={s.h2}>What it means at your level</Text>
      <View style={[s.panel, { marginTop: 2 }]} wrap={false}>
        <Text style={[s.h3, { fontSize: size.sm }]}>
          {d.level.seniority}, {d.level.years} in
        </Text>
        <Text style={[s.p, { marginBottom: 0 }]}>{d.level.advice}</Text>
      </View>
      <Text style={[s.small, { marginTop: spacing.xs }]}>
        Dates are our reading of current progress, not forecasts; page 15 explains how the window is set.
      </Text>
    </BlueprintPage>
  );
}
