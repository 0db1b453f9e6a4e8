import { Text, View } from "@react-pdf/renderer";
import type { BlueprintModel } from "../blueprint-model";
import { BlueprintPage, RiskPill } from "../components";
import { colors, s, spacing } from "../styles";
import { selectTasksPage } from "./tasks.data";

const VERDICT_COLOR = { Automate: colors.riskHigh, Keep: colors.riskMedium, Grow: colors.riskLow } as const;

export function TasksPage({ model }: { model: BlueprintModel }) {
  const d = selectTasksPage(model);
  return (
    <BlueprintPage model={model} kicker="Task by task" title="What to hand over, keep and grow">
      <Text style={s.p}>{d.intro}The share column is the split of your week you gave us.</Text>
      <View style={[s.tableRow, { borderBottomColor: colors.ink }]}>
        <Text style={[s.th, { flex: 1 }]}>Task</Text>
        <Text style={[s.th, { width: 40, textAlign: "right", paddingRight: 8 }]}>Share</Text>
        <Text style={[s.th, { width: 72 }]}>Exposure</Text>
        <Text style={[s.th, { width: 110 }]}>AI tools today</Text>
        <Text style={[s.th, { width: 100 }]}>Your move</Text>
      </View>
      {d.rows.map((t) => (
        <View key={t.position} style={s.tableRow} wrap={false}>
          <View style={{ flex: 1, paddingRight: 6 }}>
            <Text style={[s.td, s.bold]}>{t.name}</Text>
            <Text style={s.tiny}>{t.description}</Text>
          </View>
          <Text style={[s.td, { width: 40, textAlign: "right", paddingRight: 8 }]}>{t.share}%</Text>
          <View style={{ width: 72, alignItems: "flex-start" }}>
            <RiskPill exposure={t.exposure} />
          </View>
          <Text style={[s.tiny, { width: 110, color: colors.ink, paddingRight: 4 }]}>{t.tools}</Text>
          <View style={{ width: 100 }}>
            <Text style={[s.td, s.bold, { color: VERDICT_COLOR[t.verdict.label] }]}>{t.verdict.label}</Text>
            <Text style={s.tiny}>{t.verdict.advice}</Text>
          </View>
        </View>
      ))}
      {d.notListed ? (
        <Text style={[s.small, { marginTop: 4 }]}>
          Not listed: {d.notListed.count} more tasks, {d.notListed.share}% of your week together.
        </Text>
      ) : null}
      {d.summary.length ? (
        <View wrap={false}>
          <Text style={s.h2}>Your week by move</Text>
          <View style={s.row}>
            {d.summary.map((v) => (
              <View key={v.label} style={[s.panel, { flex: 1, marginRight: v.label === "Grow" ? 0 : spacing.sm }]}>
                <Text style={[s.h3, { color: VERDICT_COLOR[v.label] }]}>
                  {v.label} · {v.share}% of your week
                </Text>
                <Text style={s.small}>{v.text}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </BlueprintPage>
  );
}
