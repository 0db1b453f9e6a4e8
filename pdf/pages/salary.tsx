import { Circle, G, Line, Svg, Text as SvgText, Text, View } from "@react-pdf/renderer";
import type { SalaryBand } from "../../db/schema";
import type { BlueprintOccupation } from "../blueprint-input";
import type { BlueprintModel } from "../blueprint-model";
import { BlueprintPage } from "../components";
import { clip, money } from "../format";
import { colors, CONTENT_WIDTH, s, spacing, SANS } from "../styles";

type Role = { label: string; occupation: BlueprintOccupation };

const NAME_W = 150;
const ROW_H = 22;

function RangeChart({ roles }: { roles: (Role & { band: SalaryBand })[] }) {
  const lo = Math.floor(Math.min(...roles.map((r) => r.band.p25)) / 10_000) * 10_000;
  const hi = Math.ceil(Math.max(...roles.map((r) => r.band.p75)) / 10_000) * 10_000;
  const w = CONTENT_WIDTH - NAME_W - 20;
  const x = (v: number) => NAME_W + ((v - lo) / (hi - lo || 1)) * w;
  const ticks = Array.from({ length: Math.round((hi - lo) / 10_000) + 1 }, (_, i) => lo + i * 10_000);
  const height = roles.length * ROW_H + 20;
  return (
    <Svg width={CONTENT_WIDTH} height={height}>
      {ticks.map((t) => (
        <G key={t}>
          <Line x1={x(t)} x2={x(t)} y1={0} y2={roles.length * ROW_H} stroke={colors.line} strokeWidth={0.5} />
          <SvgText x={x(t) - 10} y={roles.length * ROW_H + 12} style={{ fontSize: 7, fontFamily: SANS }} fill={colors.muted}>{`£${t / 1000}k`}</SvgText>
        </G>
      ))}
      {roles.map((r, i) => {
        const y = i * ROW_H + ROW_H / 2;
        const color = i === 0 ? colors.muted : colors.accent;
        return (
          <G key={r.occupation.id}>
            <SvgText x={0} y={y + 3} style={{ fontSize: 8.5, fontFamily: SANS, fontWeight: i === 0 ? 400 : 600 }} fill={colors.ink}>{clip(r.label, 32)}</SvgText>
            <Line x1={x(r.band.p25)} x2={x(r.band.p75)} y1={y} y2={y} stroke={color} strokeWidth={6} />
            <Circle cx={x(r.band.median)} cy={y} r={5} fill={colors.surface} stroke={colors.ink} strokeWidth={1.5} />
          </G>
        );
      })}
    </Svg>
  );
}

/** Regional bands only where the source publishes them; otherwise the catalogue's note says what is known. */
function RegionalNote({ model }: { model: BlueprintModel }) {
  const region = model.input.answers.goals.region;
  const band = model.input.occupation.content.salary;
  const local = band?.regions?.find((r) => r.region === region);
  return (
    <View style={[s.accentPanel, { paddingVertical: 6 }]} wrap={false}>
      <Text style={[s.small, { color: colors.ink }]}>
        <Text style={s.bold}>In {model.region}: </Text>
        {local
          ? `${model.input.occupation.title} adverts give ${money(local.p25)}–${money(local.p75)}, median ${money(local.median)} (same source).`
          : band?.regionalNote ?? "we hold no regional figures for these roles; the bands below are UK-wide."}
      </Text>
    </View>
  );
}

export function SalaryPage({ model }: { model: BlueprintModel }) {
  const roles: Role[] = [
    { label: `${model.input.occupation.title} (now)`, occupation: model.input.occupation },
    ...model.pivots.flatMap((p) => (p.target ? [{ label: p.target.title, occupation: p.target }] : [])),
  ];
  const withBand = roles.flatMap((r) => (r.occupation.content.salary ? [{ ...r, band: r.occupation.content.salary }] : []));
  return (
    <BlueprintPage model={model} kicker="Salary data" title="What these roles pay in the UK">
      <Text style={s.p}>
        The 25th percentile, median and 75th percentile of advertised UK salaries for your current role and each pivot.
      </Text>
      <RegionalNote model={model} />
      <View style={[s.tableRow, { borderBottomColor: colors.ink }]}>
        <Text style={[s.th, { flex: 1 }]}>Role</Text>
        <Text style={[s.th, { width: 64, textAlign: "right" }]}>25th</Text>
        <Text style={[s.th, { width: 64, textAlign: "right" }]}>Median</Text>
        <Text style={[s.th, { width: 64, textAlign: "right" }]}>75th</Text>
      </View>
      {roles.map((r) => {
        const band = r.occupation.content.salary;
        return (
          <View key={r.occupation.id} style={s.tableRow} wrap={false}>
            <Text style={[s.td, s.bold, { flex: 1 }]}>{r.label}</Text>
            {band ? (
              <>
                <Text style={[s.td, { width: 64, textAlign: "right" }]}>{money(band.p25)}</Text>
                <Text style={[s.td, s.bold, { width: 64, textAlign: "right" }]}>{money(band.median)}</Text>
                <Text style={[s.td, { width: 64, textAlign: "right" }]}>{money(band.p75)}</Text>
              </>
            ) : (
              <Text style={[s.td, { width: 192, color: colors.muted }]}>We hold no salary band for this role yet.</Text>
            )}
          </View>
        );
      })}
      {withBand.length ? (
        <View style={{ marginTop: spacing.sm }}>
          <Text style={s.h3}>Ranges side by side</Text>
          <Text style={[s.tiny, { marginBottom: 6 }]}>Bar: 25th to 75th percentile. Ring: median.</Text>
          <RangeChart roles={withBand} />
        </View>
      ) : null}
      <Text style={s.h2}>Sources</Text>
      {roles.map((r) => {
        const band = r.occupation.content.salary;
        return (
          <Text key={r.occupation.id} style={[s.small, { marginBottom: 4 }]}>
            <Text style={s.bold}>{r.occupation.title}: </Text>
            {band ? `${band.source} (${band.year})${band.sourceUrl ? ` — ${band.sourceUrl}` : ""}` : "no salary source held."}
          </Text>
        );
      })}
      <Text style={[s.tiny, { marginTop: spacing.xs }]}>
        Bands are our summaries of the named source; check the source before negotiating, as adverts and agreed pay differ.
      </Text>
    </BlueprintPage>
  );
}
