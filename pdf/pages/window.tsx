import { Text, View } from "@react-pdf/renderer";
import type { BlueprintModel } from "../blueprint-model";
import { BlueprintPage } from "../components";
import { clip, plural, SENIORITY_LABEL } from "../format";
import { colors, s, size, spacing } from "../styles";

const FOR_SENIORITY = {
  junior:
    "Routine work goes first, and juniors do most of it, so your window opens earlier than the role's. The upside: you can build judgement-heavy skills before habits set, and a year of deliberate practice counts for more now than at any later point.",
  mid: "You sit in the middle of the change: enough routine work to feel it, enough experience to move into design and ownership. Use the window to take on the decisions seniors make today.",
  senior:
    "Your week leans towards judgement, review and design, which AI helps least with. Your risk is less the work disappearing than the team around you shrinking: make yourself the person who decides how AI is used.",
  lead: "As a lead, your exposure is mostly indirect: how your team's work and hiring change. Your window is about shaping that change, setting how AI tools are adopted, and keeping your own technical judgement current.",
} as const;

export function WindowPage({ model }: { model: BlueprintModel }) {
  const { outcome, occupation, answers } = model.input;
  const { content } = occupation;
  const seniority = answers.experience.seniority;
  return (
    <BlueprintPage model={model} kicker="Your window to act" title={outcome.window.label}>
      <View style={s.accentPanel} wrap={false}>
        <Text style={[s.h3, { color: colors.accentStrong }]}>For you</Text>
        <Text style={s.p}>{outcome.window.detail}</Text>
        {content.windowToAct ? (
          <>
            <Text style={[s.h3, { color: colors.accentStrong, marginTop: 4 }]}>For {occupation.pluralTitle} generally: {content.windowToAct.label}</Text>
            <Text style={[s.p, { marginBottom: 0 }]}>{clip(content.windowToAct.detail, 340)}</Text>
          </>
        ) : null}
      </View>

      <Text style={s.h2}>How the role is changing</Text>
      {content.timelineIntro ? <Text style={s.p}>{clip(content.timelineIntro, 200)}</Text> : null}
      {(content.timeline ?? []).slice(0, 3).map((era, i, all) => (
        <View key={era.period} style={[s.row, { marginTop: 4 }]} wrap={false}>
          <View style={{ width: 80 }}>
            <Text style={[s.td, s.bold, { color: colors.accent }]}>{era.period}</Text>
          </View>
          <View style={{ width: 14, alignItems: "center" }}>
            <View style={{ width: 8, height: 8, borderRadius: 4, backgroundColor: colors.accent, marginTop: 2 }} />
            {i < all.length - 1 ? <View style={{ width: 1, flexGrow: 1, backgroundColor: colors.line, marginTop: 2 }} /> : null}
          </View>
          <View style={{ flex: 1, paddingLeft: 8, paddingBottom: 6 }}>
            <Text style={s.h3}>{era.title}</Text>
            <Text style={[s.p, { fontSize: size.xs }]}>{clip(era.body, 300)}</Text>
          </View>
        </View>
      ))}
      {(content.timeline ?? []).length === 0 ? <Text style={s.p}>We have not yet written a timeline for this role; the window above comes from your own answers.</Text> : null}

      <Text style={s.h2}>What it means at your level</Text>
      <View style={[s.panel, { marginTop: 2 }]} wrap={false}>
        <Text style={[s.h3, { fontSize: size.sm }]}>
          {SENIORITY_LABEL[seniority][0]!.toUpperCase() + SENIORITY_LABEL[seniority].slice(1)}, {plural(answers.experience.years, "year")} in
        </Text>
        <Text style={[s.p, { marginBottom: 0 }]}>{FOR_SENIORITY[seniority]}</Text>
      </View>
      <Text style={[s.small, { marginTop: spacing.xs }]}>
        Dates are our reading of current progress, not forecasts; page 15 explains how the window is set.
      </Text>
    </BlueprintPage>
  );
}
