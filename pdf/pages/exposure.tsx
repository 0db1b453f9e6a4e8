import { G, Line, Rect, Svg, Text as SvgText, Text, View } from "@react-pdf/renderer";
import { ALL_WORKERS_EXPOSURE, describeVsAllWorkers } from "../../domain/benchmarks";
import { riskForExposure } from "../../domain/risk";
import type { BlueprintModel } from "../blueprint-model";
import { BlueprintPage } from "../components";
import { clip } from "../format";
import { colors, CONTENT_WIDTH, riskColors, s, spacing, SANS } from "../styles";

const LABEL_W = 150;

function Comparison({ personal, occupation, title }: { personal: number; occupation: number; title: string }) {
  const rows = [
    { label: "You", value: personal, color: riskColors[riskForExposure(personal)].fg },
    { label: `Typical ${title}`, value: occupation, color: colors.accent },
    { label: "All workers", value: ALL_WORKERS_EXPOSURE, color: colors.muted },
  ];
  const barW = CONTENT_WIDTH - LABEL_W - 30;
  const rowH = 20;
  return (
    <Svg width={CONTENT_WIDTH} height={rows.length * rowH + 16}>
      {rows.map((r, i) => (
        <G key={r.label}>
          <SvgText x={0} y={i * rowH + 14} style={{ fontSize: 9, fontFamily: SANS }} fill={colors.ink}>{clip(r.label, 30)}</SvgText>
          <Rect x={LABEL_W} y={i * rowH + 4} width={barW} height={14} fill={colors.paper} />
          <Rect x={LABEL_W} y={i * rowH + 4} width={(barW * r.value) / 100} height={14} fill={r.color} />
          <SvgText x={LABEL_W + (barW * r.value) / 100 + 4} y={i * rowH + 15} style={{ fontSize: 9, fontFamily: SANS, fontWeight: 600 }} fill={colors.ink}>{String(r.value)}</SvgText>
        </G>
      ))}
      {[0, 30, 60, 100].map((t) => (
        <G key={t}>
          <Line x1={LABEL_W + (barW * t) / 100} x2={LABEL_W + (barW * t) / 100} y1={2} y2={rows.length * rowH + 2} stroke={colors.line} strokeWidth={0.5} />
          <SvgText x={LABEL_W + (barW * t) / 100 - 4} y={rows.length * rowH + 13} style={{ fontSize: 7, fontFamily: SANS }} fill={colors.muted}>{String(t)}</SvgText>
        </G>
      ))}
    </Svg>
  );
}

function ContributionChart({ model }: { model: BlueprintModel }) {
  const items = [...model.input.outcome.contributions].sort((a, b) => b.points - a.points);
  const max = Math.max(10, ...items.map((c) => c.points));
  const labelW = 200;
  const barW = CONTENT_WIDTH - labelW - 40;
  const rowH = 20;
  return (
    <Svg width={CONTENT_WIDTH} height={items.length * rowH + 4}>
      {items.map((c, i) => {
        const w = (barW * c.points) / max;
        const risk = riskColors[c.risk];
        return (
          <G key={c.position}>
            <SvgText x={0} y={i * rowH + 10} style={{ fontSize: 8.5, fontFamily: SANS }} fill={colors.ink}>{clip(c.name, 44)}</SvgText>
            <SvgText x={0} y={i * rowH + 19} style={{ fontSize: 7, fontFamily: SANS }} fill={colors.muted}>{`${c.sharePercent}% of your week × exposure ${c.exposure}`}</SvgText>
            <Rect x={labelW} y={i * rowH + 4} width={Math.max(w, 0.5)} height={12} fill={risk.fg} />
            <SvgText x={labelW + w + 4} y={i * rowH + 13} style={{ fontSize: 8.5, fontFamily: SANS, fontWeight: 600 }} fill={colors.ink}>{`${c.points} pts`}</SvgText>
          </G>
        );
      })}
    </Svg>
  );
}

export function ExposurePage({ model }: { model: BlueprintModel }) {
  const { outcome, occupation } = model.input;
  const adj = outcome.seniorityAdjustment;
  const top = [...outcome.contributions].sort((a, b) => b.points - a.points)[0];
  return (
    <BlueprintPage model={model} kicker="Your exposure" title={`${outcome.personalScore} out of 100: ${describeVsAllWorkers(outcome.personalScore).toLowerCase()}`}>
      <Text style={s.p}>
        We score how much of your week is work that AI tools can already do, or speed up, on a 0–100 scale. You, the typical{" "}
        {occupation.title}, and the average across all workers:
      </Text>
      <View style={{ marginVertical: spacing.sm }}>
        <Comparison personal={outcome.personalScore} occupation={outcome.occupationScore} title={occupation.title} />
      </View>
      <View style={s.accentPanel} wrap={false}>
        <Text style={s.p}>
          Your score is the time-weighted exposure of your tasks, <Text style={s.bold}>{outcome.timeWeighted}</Text>,{" "}
          {adj === 0 ? "with no seniority adjustment" : `${adj > 0 ? "plus" : "minus"} ${Math.abs(adj)} points for your seniority`}, rounded:{" "}
          <Text style={s.bold}>{outcome.personalScore}</Text>.{" "}
          {adj > 0 ? "Junior roles carry more of the routine part of each task, which AI does best." : adj < 0 ? "Senior roles spend more of each task on judgement, which AI helps least with." : ""}
        </Text>
      </View>
      <Text style={s.h2}>Where your score comes from</Text>
      <Text style={s.small}>
        Each bar is one task's share of your score: the share of your week you gave it, times how exposed the task is. Colour shows the task's risk band.
      </Text>
      <View style={{ marginTop: spacing.sm }}>
        <ContributionChart model={model} />
      </View>
      {top ? (
        <Text style={[s.p, { marginTop: spacing.sm }]}>
          “{top.name}” alone accounts for {top.points} points. {occupation.content.vsAllWorkers ? clip(occupation.content.vsAllWorkers, 320) : ""}
        </Text>
      ) : null}
    </BlueprintPage>
  );
}
