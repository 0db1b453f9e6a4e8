import { G, Line, Rect, Svg, Text as SvgText, Text, View } from "@react-pdf/renderer";
import type { BlueprintModel } from "../blueprint-model";
import { BlueprintPage } from "../components";
import { colors, CONTENT_WIDTH, riskColors, s, spacing, SANS } from "../styles";
import { selectExposurePage, type BarTone, type ComparisonBar, type ContributionBar } from "./exposure.data";

const LABEL_W = 175;

const toneColor = (tone: BarTone) => (tone === "occupation" ? colors.accent : tone === "reference" ? colors.muted : riskColors[tone].fg);

function Comparison({ rows }: { rows: ComparisonBar[] }) {
  const barW = CONTENT_WIDTH - LABEL_W - 30;
  const rowH = 20;
  return (
    <Svg width={CONTENT_WIDTH} height={rows.length * rowH + 16}>
      {rows.map((r, i) => (
        <G key={r.label}>
          <SvgText x={0} y={i * rowH + 14} style={{ fontSize: 9, fontFamily: SANS }} fill={colors.ink}>
            {r.label}
          </SvgText>
          <Rect x={LABEL_W} y={i * rowH + 4} width={barW} height={14} fill={colors.paper} />
          <Rect x={LABEL_W} y={i * rowH + 4} width={(barW * r.value) / 100} height={14} fill={toneColor(r.tone)} />
          <SvgText
            x={LABEL_W + (barW * r.value) / 100 + 4}
            y={i * rowH + 15}
            style={{ fontSize: 9, fontFamily: SANS, fontWeight: 600 }}
            fill={colors.ink}
          >
            {String(r.value)}
          </SvgText>
        </G>
      ))}
      {[0, 30, 60, 100].map((t) => (
        <G key={t}>
          <Line
            x1={LABEL_W + (barW * t) / 100}
            x2={LABEL_W + (barW * t) / 100}
            y1={2}
            y2={rows.length * rowH + 2}
            stroke={colors.line}
            strokeWidth={0.5}
          />
          <SvgText
            x={LABEL_W + (barW * t) / 100 - 4}
            y={rows.length * rowH + 13}
            style={{ fontSize: 7, fontFamily: SANS }}
            fill={colors.muted}
          >
            {String(t)}
          </SvgText>
        </G>
      ))}
    </Svg>
  );
}

function ContributionChart({ items, max }: { items: ContributionBar[]; max: number }) {
  const labelW = 200;
  const barW = CONTENT_WIDTH - labelW - 40;
  const rowH = 20;
  return (
    <Svg width={CONTENT_WIDTH} height={items.length * rowH + 4}>
      {items.map((c, i) => {
        const w = (barW * c.points) / max;
        return (
          <G key={c.position}>
            <SvgText x={0} y={i * rowH + 10} style={{ fontSize: 8.5, fontFamily: SANS }} fill={colors.ink}>
              {c.name}
            </SvgText>
            <SvgText x={0} y={i * rowH + 19} style={{ fontSize: 7, fontFamily: SANS }} fill={colors.muted}>
              {c.detail}
            </SvgText>
            <Rect x={labelW} y={i * rowH + 4} width={Math.max(w, 0.5)} height={12} fill={riskColors[c.risk].fg} />
            <SvgText x={labelW + w + 4} y={i * rowH + 13} style={{ fontSize: 8.5, fontFamily: SANS, fontWeight: 600 }} fill={colors.ink}>
              {c.pointsText}
            </SvgText>
          </G>
        );
      })}
    </Svg>
  );
}

export function ExposurePage({ model }: { model: BlueprintModel }) {
  const d = selectExposurePage(model);
  return (
    <BlueprintPage model={model} kicker="Your exposure" title={d.title}>
      <Text style={s.p}>
        We score how much of your week is work that AI tools can already do, or speed up, on a 0–100 scale. You, the typical{" "}
        {d.occupationTitle}, and the average across all workers:
      </Text>
      <View style={{ marginVertical: spacing.sm }}>
        <Comparison rows={d.comparison} />
      </View>
      <View style={s.accentPanel} wrap={false}>
        <Text style={s.p}>
          Your score is the time-weighted exposure of your tasks, <Text style={s.bold}>{d.timeWeighted}</Text>, {d.adjustment}, rounded:{" "}
          <Text style={s.bold}>{d.personalScore}</Text>. {d.adjustmentReason}
        </Text>
      </View>
      <Text style={s.h2}>Where your score comes from</Text>
      <Text style={s.small}>
        Each bar is one task's share of your score: the share of your week you gave it, times how exposed the task is. Colour shows the
        task's risk band.
      </Text>
      <View style={{ marginTop: spacing.sm }}>
        <ContributionChart items={d.contributions} max={d.scaleMax} />
      </View>
      {d.notDrawn ? (
        <Text style={s.small}>
          Not drawn: {d.notDrawn.count} more tasks, {d.notDrawn.points} together.
        </Text>
      ) : null}
      {d.top ? (
        <Text style={[s.p, { marginTop: spacing.sm }]}>
          “{d.top.name}” alone accounts for {d.top.points}. {d.vsAllWorkers}
        </Text>
      ) : null}
      {d.whatIf ? (
        <View style={[s.accentPanel, { marginTop: spacing.sm }]} wrap={false}>
          <Text style={s.h3}>What would move your score</Text>
          <Text style={s.p}>{d.whatIf}</Text>
        </View>
      ) : null}
    </BlueprintPage>
  );
}
