import { Text, View } from "@react-pdf/renderer";
import type { BlueprintModel, PivotView } from "../blueprint-model";
import { BlueprintPage, Bullet, RiskPill, Stat } from "../components";
import { clip, money } from "../format";
import { colors, s, spacing } from "../styles";
import { RESILIENCE_LABEL } from "./summary";

function salaryChange(model: BlueprintModel, view: PivotView): string {
  const from = model.input.occupation.content.salary;
  const to = view.target?.content.salary;
  if (!to) return `We hold no UK salary band for ${view.pivot.title} yet.`;
  if (!from) return `Median ${money(to.median)} (${to.source}, ${to.year}); we hold no band for your current role to compare.`;
  const diff = to.median - from.median;
  const pct = Math.round((diff * 100) / from.median);
  const dir = diff === 0 ? "the same median as" : `${money(Math.abs(diff))} (${Math.abs(pct)}%) ${diff > 0 ? "more" : "less"} at the median than`;
  return `${money(to.p25)}–${money(to.p75)}, median ${money(to.median)}: ${dir} your current role (${money(from.median)}).`;
}

function levelText(level: number, assumed: boolean) {
  if (level === 0) return "not part of your current role";
  return assumed ? `level ${level}, typical of your role` : `you rated ${level}`;
}

export function PivotPage({ model, index }: { model: BlueprintModel; index: number }) {
  const view = model.pivots[index];
  if (!view) return <NoPivotPage model={model} index={index} />;
  const { pivot, target, resilience } = view;
  const personal = model.input.outcome.personalScore;
  const keepTasks = target ? [...target.tasks].sort((a, b) => a.exposure - b.exposure).slice(0, 3) : [];
  return (
    <BlueprintPage model={model} kicker={`Pivot path ${index + 1} of 3 · ${pivot.kind === "adjacent" ? "adjacent move" : "cross-domain move"}`} title={pivot.title}>
      <View style={[s.row, s.panel, { paddingVertical: spacing.md }]} wrap={false}>
        <Stat value={`${pivot.matchPercent}%`} label="skill match from your ratings" />
        <Stat value={String(pivot.exposureScore)} label={`exposure (yours: ${personal})`} />
        <Stat value={RESILIENCE_LABEL[resilience]} label={`${Math.abs(personal - pivot.exposureScore)} points ${pivot.exposureScore <= personal ? "less" : "more"} exposed`} style={{ flex: 1.4 }} />
      </View>
      {target ? <Text style={s.p}>{clip(target.summary, 380)}</Text> : null}

      <View style={[s.row, { marginTop: spacing.xs }]}>
        <View style={{ flex: 1, paddingRight: spacing.md }}>
          <Text style={s.h3}>You already have</Text>
          {pivot.skillsHeld.length ? pivot.skillsHeld.slice(0, 5).map((k) => <Bullet key={k}>{k}</Bullet>) : <Text style={s.p}>None of its key skills at the level it needs yet — this is a longer move.</Text>}
        </View>
        <View style={{ flex: 1 }}>
          <Text style={s.h3}>Gaps to close</Text>
          {pivot.topGaps.length ? (
            pivot.topGaps.map((g) => (
              <Bullet key={g.skill}>
                <Text style={s.bold}>{g.skill}</Text>: level {g.requiredLevel} needed ({levelText(g.yourLevel, g.assumed)})
              </Bullet>
            ))
          ) : (
            <Text style={s.p}>No gaps: your ratings meet every requirement.</Text>
          )}
        </View>
      </View>

      <Text style={s.h2}>Pay</Text>
      <Text style={s.p}>{salaryChange(model, view)}</Text>

      {keepTasks.length ? (
        <View wrap={false}>
          <Text style={s.h2}>The work that stays human</Text>
          {keepTasks.map((t) => (
            <View key={t.position} style={[s.row, { marginBottom: 4, alignItems: "flex-start" }]}>
              <View style={{ width: 72 }}>
                <RiskPill exposure={t.exposure} />
              </View>
              <Text style={[s.td, { flex: 1 }]}>
                <Text style={s.bold}>{t.name}.</Text> {clip(t.description, 120)}
              </Text>
            </View>
          ))}
        </View>
      ) : null}

      {target?.content.employers?.length ? (
        <Text style={[s.small, { marginTop: spacing.sm }]}>
          Hiring in the UK: {target.content.employers.slice(0, 4).map((e) => e.name).join(", ")} — see page 14.
        </Text>
      ) : null}
      <View style={{ marginTop: spacing.sm, borderTopWidth: 0.5, borderTopColor: colors.line, paddingTop: 6 }}>
        <Text style={s.tiny}>
          Match is the importance-weighted share of the role's skill requirements your levels meet; your own ratings where you gave them,
          otherwise your current role's typical level.
        </Text>
      </View>
    </BlueprintPage>
  );
}

function NoPivotPage({ model, index }: { model: BlueprintModel; index: number }) {
  const { occupation } = model.input;
  const grow = model.grow;
  return (
    <BlueprintPage model={model} kicker={`Pivot path ${index + 1} of 3`} title={`Growing within ${occupation.title}`}>
      <Text style={s.p}>
        Our catalogue held fewer than three roles your skills point to, so this page covers the path that is always open: staying in your
        role and moving your week towards its least exposed work.
      </Text>
      {grow ? <Bullet>Take on more “{grow.name}” (exposure {grow.exposure}).</Bullet> : null}
      {occupation.content.outlook ? <Text style={s.p}>{clip(occupation.content.outlook, 400)}</Text> : null}
    </BlueprintPage>
  );
}
