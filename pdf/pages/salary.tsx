import { Circle, G, Line, Link, Svg, Text as SvgText, Text, View } from "@react-pdf/renderer";
import type { BlueprintModel } from "../blueprint-model";
import { BlueprintPage } from "../components";
import { colors, CONTENT_WIDTH, s, spacing, SANS } from "../styles";
import { RatioChart } from "./pay-ratio";
import { selectSalaryPage, type RangeChart as Chart } from "./salary.data";

const NAME_W = 150;
const ROW_H = 20;

function RangeChart({ chart: { rows, lo, hi, ticks } }: { chart: Chart }) {
  const w = CONTENT_WIDTH - NAME_W - 20;
  const x = (v: number) => NAME_W + ((v - lo) / (hi - lo || 1)) * w;
  const height = rows.length * ROW_H + 20;
  return (
    <Svg width={CONTENT_WIDTH} height={height}>
      {ticks.map((t) => (
        <G key={t.value}>
          <Line x1={x(t.value)} x2={x(t.value)} y1={0} y2={rows.length * ROW_H} stroke={colors.line} strokeWidth={0.5} />
          <SvgText x={x(t.value) - 10} y={rows.length * ROW_H + 12} style={{ fontSize: 7, fontFamily: SANS }} fill={colors.muted}>
            {t.label}
          </SvgText>
        </G>
      ))}
      {rows.map((r, i) => {
        const y = i * ROW_H + ROW_H / 2;
        const color = r.you ? colors.ink : r.current ? colors.muted : colors.accent;
        return (
          <G key={r.key}>
            <SvgText
              x={0}
              y={y + 3}
              style={{ fontSize: 8.5, fontFamily: SANS, fontWeight: r.current || r.you ? 400 : 600 }}
              fill={colors.ink}
            >
              {r.label}
            </SvgText>
            <Line x1={x(r.p25)} x2={x(r.p75)} y1={y} y2={y} stroke={color} strokeWidth={r.you ? 3 : 6} />
            {r.median !== null ? (
              <Circle cx={x(r.median)} cy={y} r={5} fill={colors.surface} stroke={colors.ink} strokeWidth={1.5} />
            ) : null}
          </G>
        );
      })}
    </Svg>
  );
}

export function SalaryPage({ model }: { model: BlueprintModel }) {
  const d = selectSalaryPage(model);
  return (
    <BlueprintPage model={model} kicker="Salary data" title="What these roles pay, and where you stand">
      <View style={[s.accentPanel, { paddingVertical: 6 }]} wrap={false}>
        <Text style={[s.p, { marginBottom: 3 }]}>
          <Text style={s.bold}>Your pay. </Text>
          {d.you}
        </Text>
        <Text style={[s.small, { color: colors.ink }]}>
          <Text style={s.bold}>{d.regionalLabel}: </Text>
          {d.regional}
        </Text>
      </View>
      <View style={[s.tableRow, { borderBottomColor: colors.ink }]}>
        <Text style={[s.th, { flex: 1 }]}>Role</Text>
        <Text style={[s.th, { width: 58 }]}>Figures</Text>
        <Text style={[s.th, { width: 54, textAlign: "right" }]}>25th</Text>
        <Text style={[s.th, { width: 54, textAlign: "right" }]}>Median</Text>
        <Text style={[s.th, { width: 54, textAlign: "right" }]}>75th</Text>
        <Text style={[s.th, { width: 128, paddingLeft: 8 }]}>{d.compareHeading}</Text>
      </View>
      {d.rows.map((r) => (
        <View key={r.key} style={s.tableRow} wrap={false}>
          <Text style={[s.td, s.bold, { flex: 1 }]}>{r.label}</Text>
          {r.band ? (
            <>
              <Text style={[s.td, { width: 58, color: colors.muted }]}>{r.scope}</Text>
              <Text style={[s.td, { width: 54, textAlign: "right" }]}>{r.band.p25}</Text>
              <Text style={[s.td, s.bold, { width: 54, textAlign: "right" }]}>{r.band.median}</Text>
              <Text style={[s.td, { width: 54, textAlign: "right" }]}>{r.band.p75}</Text>
              <Text style={[s.td, { width: 128, paddingLeft: 8 }]}>{r.versus}</Text>
            </>
          ) : (
            <Text style={[s.td, { width: 348, color: colors.muted }]}>We hold no salary band for this role yet.</Text>
          )}
        </View>
      ))}
      {d.chart ? (
        <View style={{ marginTop: spacing.sm }}>
          <Text style={s.h3}>Ranges side by side</Text>
          <Text style={[s.tiny, { marginBottom: 6 }]}>
            Bar: 25th to 75th percentile of advertised salaries. Ring: median.
            {d.chart.rows.some((r) => r.you) ? " Thin dark bar: the band you gave us." : ""}
          </Text>
          <RangeChart chart={d.chart} />
        </View>
      ) : null}
      {d.ratios ? <RatioChart bars={d.ratios} /> : null}
      <Text style={s.h2}>Sources</Text>
      {d.sources.map((src) => (
        <View key={src.key} style={{ marginBottom: 4 }} wrap={false}>
          <Text style={s.small}>
            <Text style={s.bold}>{src.title}: </Text>
            {src.text}
          </Text>
          {src.url ? (
            <Link src={src.url} style={[s.tiny, { color: colors.accentStrong }]}>
              {src.url}
            </Link>
          ) : null}
        </View>
      ))}
      <Text style={[s.tiny, { marginTop: spacing.xs }]}>{d.dating}</Text>
    </BlueprintPage>
  );
}
