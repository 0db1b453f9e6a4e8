import { Text, View } from "@react-pdf/renderer";
import type { BlueprintModel } from "../blueprint-model";
import { BlueprintPage, Bullet } from "../components";
import { colors, s, size, spacing, SERIF } from "../styles";
import { LongTermBox, RoutesBox } from "./entry-routes";
import { selectSummaryPage } from "./summary.data";

export function SummaryPage({ model }: { model: BlueprintModel }) {
  const d = selectSummaryPage(model);
  return (
    <BlueprintPage model={model} kicker="Executive summary" title="Where you stand and what to do first">
      <Text style={s.lead}>
        Your personal exposure is {d.personalScore} out of 100: {d.comparedToAll}, and {d.versus} the typical {d.occupationTitle} (
        {d.occupationScore}). Your window to act: <Text style={s.bold}>{d.window}</Text>.
      </Text>
      <Text style={s.h2}>Three things to do</Text>
      {d.steps.map((step, i) => (
        <View key={step.title} style={[s.row, { marginBottom: spacing.sm }]} wrap={false}>
          <Text style={{ width: 34, fontSize: size["2xl"], fontFamily: SERIF, fontWeight: 600, color: colors.accent, lineHeight: 1 }}>
            {i + 1}
          </Text>
          <View style={{ flex: 1 }}>
            <Text style={s.h3}>{step.title}</Text>
            <Text style={s.p}>{step.body}</Text>
          </View>
        </View>
      ))}
      <Text style={s.h2}>Your paths, in the order that suits what you asked for</Text>
      {d.pivots.map((p) => (
        <View key={p.key} style={[s.tableRow, { flexDirection: "column" }]} wrap={false}>
          <View style={s.row}>
            <Text style={[s.td, { width: 20, color: colors.muted }]}>{p.rank}</Text>
            <Text style={[s.td, s.bold, { flex: 1 }]}>{p.title}</Text>
            <Text style={[s.td, { width: 70 }]}>{p.match}</Text>
            <Text style={[s.td, { width: 120 }]}>{p.exposure}</Text>
            <Text style={[s.td, { width: 110 }]}>{p.resilience}</Text>
          </View>
          {p.reason ? <Text style={[s.tiny, { marginLeft: 20, marginTop: 1 }]}>{p.reason}</Text> : null}
        </View>
      ))}
      <Text style={[s.small, { marginTop: spacing.xs }]}>
        Pages 6–8 take the first three paths in turn; the skill gaps for your plan's target are on page 9.
      </Text>
      {d.longTerm ? <LongTermBox block={d.longTerm} /> : null}
      {d.routes ? <RoutesBox block={d.routes} /> : null}
      {d.deliverables.length ? (
        <View style={[s.accentPanel, { marginTop: spacing.sm }]} wrap={false}>
          <Text style={[s.h3, { color: colors.accentStrong }]}>By day 90 you will have</Text>
          {d.deliverables.map((line) => (
            <Bullet key={line} style={{ fontSize: size.xs }}>
              {line}
            </Bullet>
          ))}
        </View>
      ) : null}
    </BlueprintPage>
  );
}
