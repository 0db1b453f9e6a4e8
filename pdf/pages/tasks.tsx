import { Text, View } from "@react-pdf/renderer";
import type { BlueprintModel } from "../blueprint-model";
import { BlueprintPage, RiskPill } from "../components";
import { clip } from "../format";
import { colors, s } from "../styles";

type Verdict = { label: "Automate" | "Keep" | "Grow"; advice: string };

/** Same bands as the risk colours: hand over what AI does well, grow what it touches least. */
export function verdictFor(exposure: number, sharePercent: number): Verdict {
  if (exposure >= 60) return { label: "Automate", advice: sharePercent >= 15 ? "Let AI draft it; you review. Biggest time saving." : "Let AI draft it; you review." };
  if (exposure >= 30) return { label: "Keep", advice: "Keep it, with AI as an assistant for the routine parts." };
  return { label: "Grow", advice: sharePercent >= 15 ? "Core of your future value: deepen it." : "Ask for more of this work." };
}

const VERDICT_COLOR = { Automate: colors.riskHigh, Keep: colors.riskMedium, Grow: colors.riskLow } as const;

export function TasksPage({ model }: { model: BlueprintModel }) {
  const { occupation, answers } = model.input;
  const shares = new Map(answers.tasks.shares.map((t) => [t.position, t.sharePercent]));
  const total = [...shares.values()].reduce((a, b) => a + b, 0) || 1;
  return (
    <BlueprintPage model={model} kicker="Task by task" title="What to hand over, keep and grow">
      <Text style={s.p}>
        {occupation.content.tasksIntro ? `${occupation.content.tasksIntro} ` : ""}The share column is the split of your week you gave us.
      </Text>
      <View style={[s.tableRow, { borderBottomColor: colors.ink }]}>
        <Text style={[s.th, { flex: 1 }]}>Task</Text>
        <Text style={[s.th, { width: 40, textAlign: "right", paddingRight: 8 }]}>Share</Text>
        <Text style={[s.th, { width: 72 }]}>Exposure</Text>
        <Text style={[s.th, { width: 110 }]}>AI tools today</Text>
        <Text style={[s.th, { width: 100 }]}>Your move</Text>
      </View>
      {occupation.tasks.map((t) => {
        const share = Math.round(((shares.get(t.position) ?? 0) * 100) / total);
        const v = verdictFor(t.exposure, share);
        return (
          <View key={t.position} style={s.tableRow} wrap={false}>
            <View style={{ flex: 1, paddingRight: 6 }}>
              <Text style={[s.td, s.bold]}>{t.name}</Text>
              <Text style={s.tiny}>{clip(t.description, 140)}</Text>
            </View>
            <Text style={[s.td, { width: 40, textAlign: "right", paddingRight: 8 }]}>{share}%</Text>
            <View style={{ width: 72, alignItems: "flex-start" }}>
              <RiskPill exposure={t.exposure} />
            </View>
            <Text style={[s.tiny, { width: 110, color: colors.ink, paddingRight: 4 }]}>{t.aiTools.slice(0, 3).join(", ")}</Text>
            <View style={{ width: 100 }}>
              <Text style={[s.td, s.bold, { color: VERDICT_COLOR[v.label] }]}>{v.label}</Text>
              <Text style={s.tiny}>{v.advice}</Text>
            </View>
          </View>
        );
      })}
    </BlueprintPage>
  );
}
