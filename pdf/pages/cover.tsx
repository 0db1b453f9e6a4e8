import { Text, View } from "@react-pdf/renderer";
import { ALL_WORKERS_EXPOSURE } from "../../domain/benchmarks";
import type { BlueprintModel } from "../blueprint-model";
import { BlueprintPage, Stat } from "../components";
import { SENIORITY_LABEL, plural } from "../format";
import { colors, riskColors, s, size, spacing, SERIF } from "../styles";

export function CoverPage({ model }: { model: BlueprintModel }) {
  const { input } = model;
  const { outcome, answers } = input;
  const risk = riskColors[outcome.risk];
  return (
    <BlueprintPage model={model}>
      <View style={{ backgroundColor: colors.accentStrong, marginHorizontal: -44, marginTop: -44, paddingHorizontal: 44, paddingTop: 56, paddingBottom: 36 }}>
        <Text style={[s.kicker, { color: colors.accentSoft }]}>Career Pivot Blueprint</Text>
        <Text style={{ fontSize: size["3xl"], fontFamily: SERIF, fontWeight: 600, color: colors.surface, lineHeight: 1.15, marginTop: 6 }}>
          Your 90-day roadmap as a {input.occupation.title}
        </Text>
        <Text style={{ fontSize: size.base, color: colors.accentSoft, lineHeight: 1.45, marginTop: spacing.md }}>
          Fifteen pages built from your own answers: how exposed your week is to AI, three pivot paths that suit your skills,
          the gaps to close and a week-by-week plan sized to {plural(answers.goals.hoursPerWeek, "hour")} a week.
        </Text>
      </View>

      <View style={{ marginTop: 28 }}>
        <Text style={s.small}>Prepared for</Text>
        <Text style={[s.h2, { marginTop: 2 }]}>{model.preparedFor}</Text>
        <Text style={s.small}>{model.date}</Text>
      </View>

      <View style={[s.panel, { marginTop: 24, flexDirection: "row", alignItems: "center", padding: spacing.lg }]}>
        <View style={{ width: 150 }}>
          <Text style={{ fontSize: 64, fontFamily: SERIF, fontWeight: 600, color: risk.fg, lineHeight: 1 }}>{outcome.personalScore}</Text>
          <Text style={s.statLabel}>your personal exposure, out of 100</Text>
        </View>
        <View style={{ flex: 1, paddingLeft: spacing.md, borderLeftWidth: 0.5, borderLeftColor: colors.line }}>
          <Text style={[s.h3, { color: risk.fg }]}>{risk.label} exposure · window to act: {outcome.window.label}</Text>
          <Text style={s.p}>{outcome.window.detail}</Text>
        </View>
      </View>

      <View style={[s.row, { marginTop: spacing.md }]}>
        <Stat value={String(outcome.occupationScore)} label={`typical ${input.occupation.title}`} />
        <Stat value={String(ALL_WORKERS_EXPOSURE)} label="all workers (reference)" />
        <Stat value={`${outcome.pivots[0]?.matchPercent ?? "–"}%`} label={outcome.pivots[0] ? `match to ${outcome.pivots[0].title}` : "no pivot computed"} />
      </View>

      <View style={{ marginTop: 28 }}>
        <Text style={s.small}>
          Based on your assessment: {plural(answers.experience.years, "year")} of experience at {SENIORITY_LABEL[answers.experience.seniority]} level,
          working in {model.region}, with {plural(answers.goals.hoursPerWeek, "hour")} a week to invest. Scores use scoring
          version {input.scoringVersion}; the method is on page 15.
        </Text>
      </View>
    </BlueprintPage>
  );
}
