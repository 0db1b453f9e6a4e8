import { Text, View } from "@react-pdf/renderer";
import type { BlueprintModel } from "../blueprint-model";
import { BlueprintPage, Bullet, RiskPill, Stat } from "../components";
import { colors, s, spacing } from "../styles";
import { selectPivotPage, type NoPivotData, type StayData } from "./pivot.data";

/** A task name as a sentence: O*NET statements already end with a full stop. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

export function PivotPage({ model, index }: { model: BlueprintModel; index: number }) {
  const d = selectPivotPage(model, index);
  if (d.kind === "none") return <NoPivotPage model={model} d={d} />;
  if (d.kind === "stay") return <StayPage model={model} d={d} />;
  return (
    <BlueprintPage model={model} kicker={d.kicker} title={d.title}>
      <View style={[s.row, s.panel, { paddingVertical: spacing.md }]} wrap={false}>
        <Stat value={d.match} label="your skill match" />
        <Stat value={d.exposure} label={d.exposureLabel} />
        <Stat value={d.resilience} label={d.shift} style={{ flex: 1.4 }} />
      </View>
      <Text style={[s.p, s.bold]}>
        Why it is here: <Text style={{ fontWeight: 400 }}>{d.reason}</Text>
      </Text>
      {d.summary ? <Text style={s.p}>{d.summary}</Text> : null}

      <View style={[s.row, { marginTop: spacing.xs }]}>
        <View style={{ flex: 1, paddingRight: spacing.md }}>
          <Text style={s.h3}>You already have</Text>
          {d.held.length ? (
            d.held.map((k) => <Bullet key={k}>{k}</Bullet>)
          ) : (
            <Text style={s.p}>None of its key skills at the level it needs yet — this is a longer move.</Text>
          )}
        </View>
        <View style={{ flex: 1 }}>
          <Text style={s.h3}>Gaps to close</Text>
          {d.gaps.length ? (
            d.gaps.map((g) => (
              <Bullet key={g.skill}>
                <Text style={s.bold}>{g.skill}</Text>: {g.line}
              </Bullet>
            ))
          ) : (
            <Text style={s.p}>No gaps: your ratings meet every requirement.</Text>
          )}
        </View>
      </View>

      <Text style={s.h2}>Pay</Text>
      <Text style={s.p}>{d.pay}</Text>

      {d.keepTasks.length ? (
        <View wrap={false}>
          <Text style={s.h2}>The work that stays human</Text>
          {d.keepTasks.map((t) => (
            <View key={t.position} style={[s.row, { marginBottom: 4, alignItems: "flex-start" }]}>
              <View style={{ width: 72 }}>
                <RiskPill exposure={t.exposure} />
              </View>
              <Text style={[s.td, { flex: 1 }]}>
                <Text style={s.bold}>{sentence(t.name)}</Text> {t.description}
              </Text>
            </View>
          ))}
        </View>
      ) : null}

      {d.employers ? (
        <Text style={[s.small, { marginTop: spacing.sm }]}>Hiring in the UK, nearest to you first: {d.employers} — see page 14.</Text>
      ) : null}
      <View style={{ marginTop: spacing.sm, borderTopWidth: 0.5, borderTopColor: colors.line, paddingTop: 6 }}>
        <Text style={s.tiny}>
          Match is the importance-weighted share of the role's skill requirements your levels meet: your own ratings where you gave them,
          then what your week's tasks show, then your role's typical level.
        </Text>
      </View>
    </BlueprintPage>
  );
}

function NoPivotPage({ model, d }: { model: BlueprintModel; d: NoPivotData }) {
  return (
    <BlueprintPage model={model} kicker={d.kicker} title={d.title}>
      <Text style={s.p}>
        Our catalogue held fewer than three roles your skills point to, so this page covers the path that is always open: staying in your
        role and moving your week towards its least exposed work.
      </Text>
      {d.grow ? (
        <Bullet>
          Take on more “{d.grow.name}” (exposure {d.grow.exposure}).
        </Bullet>
      ) : null}
      {d.outlook ? <Text style={s.p}>{d.outlook}</Text> : null}
    </BlueprintPage>
  );
}

function StayPage({ model, d }: { model: BlueprintModel; d: StayData }) {
  return (
    <BlueprintPage model={model} kicker={d.kicker} title={d.title}>
      <View style={[s.row, s.panel, { paddingVertical: spacing.md }]} wrap={false}>
        <Stat value={d.match} label="of your role's skill requirements met today" />
        <Stat value={d.exposure} label="your exposure now" />
        <Stat value="Stay" label="no move: change what fills your week" style={{ flex: 1.4 }} />
      </View>
      <Text style={[s.p, s.bold]}>
        Why it is here: <Text style={{ fontWeight: 400 }}>{d.reason}</Text>
      </Text>
      {d.outlook ? <Text style={s.p}>{d.outlook}</Text> : null}
      <View style={[s.row, { marginTop: spacing.xs }]}>
        <View style={{ flex: 1, paddingRight: spacing.md }}>
          <Text style={s.h3}>Hand to AI tools</Text>
          {d.handOver ? (
            <Text style={s.p}>
              “{d.handOver.name}”: {d.handOver.share}% of your week, exposure {d.handOver.exposure}. Let {d.handOver.tools} draft it; you
              review.
            </Text>
          ) : (
            <Text style={s.p}>Little of your week is exposed work: keep it that way as the tools improve.</Text>
          )}
        </View>
        <View style={{ flex: 1 }}>
          <Text style={s.h3}>Skills to deepen</Text>
          {d.deepen.length ? (
            d.deepen.map((g) => (
              <Bullet key={g.skill}>
                <Text style={s.bold}>{g.skill}</Text>: {g.line}
              </Bullet>
            ))
          ) : (
            <Text style={s.p}>You meet every requirement of your role: the plan evidences them.</Text>
          )}
        </View>
      </View>
      {d.keepTasks.length ? (
        <View wrap={false}>
          <Text style={s.h2}>The work to grow: what stays human in your role</Text>
          {d.keepTasks.map((t) => (
            <View key={t.position} style={[s.row, { marginBottom: 4, alignItems: "flex-start" }]}>
              <View style={{ width: 72 }}>
                <RiskPill exposure={t.exposure} />
              </View>
              <Text style={[s.td, { flex: 1 }]}>
                <Text style={s.bold}>{sentence(t.name)}</Text> {t.description}
              </Text>
            </View>
          ))}
        </View>
      ) : null}
      {d.pay ? (
        <View style={[s.row, { marginTop: spacing.sm }]} wrap={false}>
          <View style={{ flex: 1, paddingRight: spacing.md }}>
            <Text style={s.h3}>You already meet</Text>
            {d.held.length ? (
              d.held.map((k) => <Bullet key={k}>{k}</Bullet>)
            ) : (
              <Text style={s.p}>None of the role's key skills at its typical level yet: the plan starts there.</Text>
            )}
          </View>
          <View style={{ flex: 1 }}>
            <Text style={s.h3}>Pay if you stay</Text>
            <Text style={s.p}>{d.pay}</Text>
            {d.employers ? (
              <Text style={s.p}>
                Staying in the role need not mean staying with your employer. Hiring for it nearest you: {d.employers}.
              </Text>
            ) : null}
          </View>
        </View>
      ) : null}
    </BlueprintPage>
  );
}
