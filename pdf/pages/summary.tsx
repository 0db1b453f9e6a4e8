import { Text, View } from "@react-pdf/renderer";
import type { BlueprintModel } from "../blueprint-model";
import { BlueprintPage } from "../components";
import { colors, s, size, spacing, SERIF } from "../styles";
import { selectSummaryPage } from "./summary.data";

export function SummaryPage({ model }: { model: BlueprintModel }) {
  const d = selectSummaryPage(model);
  return (
    <BlueprintPage model={model} kicker="Executive summary" title="Where you stand and what to do first">
      <Text style={s.lead}>
        Your personal exposure is {d.personalScore} out of 100: {d.comparedToAll}, and {d.versus} the
        typical {d.occupationTitle} ({d.occupationScore}). Your window to act is <Text style={s.bold}>{d.window}</Text>.
      </Text>
      <Text style={s.h2}>Three things to do</Text>
      {d.steps.map((step, i) => (
        <View key={step.title} style={[s.row, { marginBottom: spacing.sm }]} wrap={false}>
          <Text style={{ width: 34, fontSize: size["2xl"], fontFamily: SERIF, fontWeight: 600, color: colors.accent, lineHeight: 1 }}>{i + 1}</Text>
          <View style={{ flex: 1 }}>
            <Text style={s.h3}>{step.title}</Text>
            <Text style={s.p}>{step.body}</Text>
          </View>
        </View>
      ))}
      <Text style={s.h2}>Your pivot paths at a glance</Text>
      {d.pivots.map((p) => (
        <View key={p.targetId} style={s.tableRow} wrap={false}>
          <Text style={[s.td, { width: 24, color: colors.muted }]}>{p.rank}</Text>
          <Text style={[s.td, s.bold, { flex: 1 }]}>{p.title}</Text>
          <Text style={[s.td, { width: 90 }]}>{p.match}</Text>
          <Text style={[s.td, { width: 90 }]}>{p.exposure}</Text>
          <Text style={[s.td, { width: 110 }]}>{p.resilience}</Text>
        </View>
      ))}
      <Text style={[s.small, { marginTop: spacing.xs }]}>Pages 6–8 take each path in turn; the skill gaps for the first are on page 9.</Text>
    </BlueprintPage>
  );
}
