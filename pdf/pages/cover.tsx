import { Text, View } from "@react-pdf/renderer";
import type { BlueprintModel } from "../blueprint-model";
import { BlueprintPage, Bullet, Stat } from "../components";
import { colors, riskColors, s, size, spacing, SERIF } from "../styles";
import { selectCoverPage } from "./cover.data";

export function CoverPage({ model }: { model: BlueprintModel }) {
  const d = selectCoverPage(model);
  const risk = riskColors[d.risk];
  return (
    <BlueprintPage model={model}>
      <View
        style={{
          backgroundColor: colors.accentStrong,
          marginHorizontal: -44,
          marginTop: -44,
          paddingHorizontal: 44,
          paddingTop: 56,
          paddingBottom: 36,
        }}
      >
        <Text style={[s.kicker, { color: colors.accentSoft }]}>Career Pivot Blueprint</Text>
        <Text
          style={{
            fontSize: size["3xl"],
            fontFamily: SERIF,
            fontWeight: 600,
            color: colors.surface,
            lineHeight: 1.15,
            marginTop: 6,
            paddingRight: 12,
          }}
        >
          Your 90-day roadmap as {d.asTitle}
        </Text>
        <Text style={{ fontSize: size.base, color: colors.accentSoft, lineHeight: 1.45, marginTop: spacing.md }}>
          Fifteen pages built from your own answers: how exposed your week is to AI, three pivot paths that suit your skills, the gaps to
          close and a week-by-week plan sized to {d.hours} a week.
        </Text>
      </View>

      <View style={{ marginTop: 20 }}>
        <Text style={s.small}>Prepared for</Text>
        <Text style={[s.h2, { marginTop: 2 }]}>{d.preparedFor}</Text>
        <Text style={s.small}>
          {d.date} · Order reference {d.reference}
        </Text>
      </View>

      <View style={[s.panel, { marginTop: 16, flexDirection: "row", alignItems: "center", padding: spacing.lg }]}>
        <View style={{ width: 150 }}>
          <Text style={{ fontSize: 64, fontFamily: SERIF, fontWeight: 600, color: risk.fg, lineHeight: 1 }}>{d.personalScore}</Text>
          <Text style={s.statLabel}>your personal exposure, out of 100</Text>
        </View>
        <View style={{ flex: 1, paddingLeft: spacing.md, borderLeftWidth: 0.5, borderLeftColor: colors.line }}>
          <Text style={[s.h3, { color: risk.fg }]}>
            {risk.label} exposure · window to act: {d.window.label}
          </Text>
          <Text style={s.p}>{d.window.detail}</Text>
        </View>
      </View>

      <View style={[s.row, { marginTop: spacing.md }]}>
        {d.stats.map((stat) => (
          <Stat key={stat.label} value={stat.value} label={stat.label} />
        ))}
      </View>

      <View style={[s.accentPanel, { marginTop: spacing.md }]} wrap={false}>
        <Text style={[s.h3, { color: colors.accentStrong }]}>What you asked for</Text>
        <Text style={s.p}>{d.asked}</Text>
        {d.delivers.length ? <Text style={[s.h3, { color: colors.accentStrong, marginTop: 2 }]}>What the twelve weeks deliver</Text> : null}
        {d.delivers.map((line) => (
          <Bullet key={line}>{line}</Bullet>
        ))}
      </View>

      <View style={{ marginTop: spacing.sm }}>
        <Text style={s.small}>
          Based on your assessment: {d.years} of experience as {d.asRole}, working in {d.region}, with {d.hours} a week to invest. Scores
          use scoring version {d.scoringVersion}; the method is on page 15.
        </Text>
      </View>
    </BlueprintPage>
  );
}
