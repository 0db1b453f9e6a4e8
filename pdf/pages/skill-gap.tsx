import { Circle, G, Line, Svg, Text as SvgText, Text, View } from "@react-pdf/renderer";
import type { BlueprintModel } from "../blueprint-model";
import type { SkillLevelSource } from "../blueprint-model";
import { BlueprintPage, Bullet } from "../components";
import { colors, CONTENT_WIDTH, s, size, spacing, SANS } from "../styles";
import { RoutesBox } from "./entry-routes";
import { selectSkillGapPage } from "./skill-gap.data";

const NAME_W = 170;
const IMP_W = 40;
const SCALE_W = CONTENT_WIDTH - NAME_W - IMP_W - 40;
const ROW_H = 21;

const DOT: Record<SkillLevelSource, string> = {
  rated: colors.accent,
  week: colors.ink,
  role: colors.muted,
  everyday: colors.muted,
  none: colors.surface,
};

const x = (level: number) => NAME_W + IMP_W + 10 + (SCALE_W * level) / 5;

export function SkillGapPage({ model }: { model: BlueprintModel }) {
  const { title, intro, rows, pitch, questions, routes } = selectSkillGapPage(model);
  const height = rows.length * ROW_H + 22;
  return (
    <BlueprintPage model={model} kicker="Skill-gap matrix" title={title}>
      <Text style={s.p}>{intro}</Text>
      <View style={{ marginTop: spacing.sm }}>
        <Svg width={CONTENT_WIDTH} height={height}>
          <SvgText x={0} y={10} style={{ fontSize: 7, fontFamily: SANS, fontWeight: 600 }} fill={colors.muted}>
            SKILL
          </SvgText>
          <SvgText x={NAME_W} y={10} style={{ fontSize: 7, fontFamily: SANS, fontWeight: 600 }} fill={colors.muted}>
            IMP.
          </SvgText>
          {[0, 1, 2, 3, 4, 5].map((l) => (
            <G key={l}>
              <SvgText x={x(l) - 2} y={10} style={{ fontSize: 7, fontFamily: SANS }} fill={colors.muted}>
                {String(l)}
              </SvgText>
              <Line x1={x(l)} x2={x(l)} y1={16} y2={height} stroke={colors.line} strokeWidth={0.5} />
            </G>
          ))}
          {rows.map((r, i) => {
            const y = 22 + i * ROW_H + ROW_H / 2;
            return (
              <G key={r.skill}>
                <SvgText x={0} y={y + 3} style={{ fontSize: 8.5, fontFamily: SANS, fontWeight: r.short ? 600 : 400 }} fill={colors.ink}>
                  {r.label}
                </SvgText>
                <SvgText x={NAME_W} y={y + 3} style={{ fontSize: 8.5, fontFamily: SANS }} fill={colors.muted}>
                  {String(r.importance)}
                </SvgText>
                <Line
                  x1={x(Math.min(r.have, r.required))}
                  x2={x(Math.max(r.have, r.required))}
                  y1={y}
                  y2={y}
                  stroke={r.short ? colors.riskHigh : colors.riskLow}
                  strokeWidth={3}
                />
                <Circle cx={x(r.required)} cy={y} r={5} fill={colors.surface} stroke={colors.ink} strokeWidth={1.2} />
                <Circle
                  cx={x(r.have)}
                  cy={y}
                  r={4}
                  fill={DOT[r.source]}
                  stroke={r.source === "none" ? colors.muted : DOT[r.source]}
                  strokeWidth={1}
                />
              </G>
            );
          })}
        </Svg>
      </View>
      <View style={[s.row, { marginTop: spacing.sm, flexWrap: "wrap" }]}>
        <Legend color={DOT.rated} text="your rating" />
        <Legend color={DOT.week} text="from the time your week gives it" />
        <Legend color={DOT.role} text="your role's typical level, or everyday use" />
        <Legend ring text="level to reach" />
      </View>
      <Text style={[s.small, { marginTop: spacing.sm }]}>
        Levels: 1 awareness · 2 basic · 3 working · 4 advanced · 5 expert. A red line is a gap to close; green means you exceed the need.
        The 90-day plan overleaf works through the top rows first.
      </Text>
      {pitch.lines.length ? (
        <View style={[s.row, { marginTop: spacing.md }]}>
          <View style={[s.accentPanel, { flex: 1, marginRight: spacing.sm }]} wrap={false}>
            <Text style={[s.h3, { color: colors.accentStrong, fontSize: size.sm }]}>{pitch.heading}</Text>
            {pitch.lines.map((line) => (
              <Bullet key={line} style={{ fontSize: size.xs }}>
                {line}
              </Bullet>
            ))}
          </View>
          <View style={[s.panel, { flex: 1 }]} wrap={false}>
            <Text style={[s.h3, { fontSize: size.sm }]}>{questions.heading}</Text>
            {questions.items.map((q) => (
              <Bullet key={q} style={{ fontSize: size.xs }}>
                {q}
              </Bullet>
            ))}
          </View>
        </View>
      ) : null}
      {routes ? (
        <View style={{ marginTop: spacing.md }}>
          <RoutesBox block={routes} />
        </View>
      ) : null}
    </BlueprintPage>
  );
}

function Legend({ color, ring, text }: { color?: string; ring?: boolean; text: string }) {
  return (
    <View style={[s.row, { alignItems: "center", marginRight: spacing.md, marginBottom: 4 }]}>
      <View
        style={{
          width: 9,
          height: 9,
          borderRadius: 4.5,
          marginRight: 4,
          backgroundColor: ring ? colors.surface : color,
          borderWidth: ring ? 1.2 : 0,
          borderColor: colors.ink,
        }}
      />
      <Text style={s.tiny}>{text}</Text>
    </View>
  );
}
