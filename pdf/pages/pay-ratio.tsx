import { Text, View } from "@react-pdf/renderer";
import { colors, CONTENT_WIDTH, s, spacing } from "../styles";
import type { RatioBar } from "./pay-ratio.data";

const NAME_W = 190;
const TEXT_W = 70;

/**
 * Each path's US median as a multiple of the current role's: bars from 0, a line at 1.00×. Built
 * from views, not SVG, so a long O*NET title wraps beside its bar instead of running under it.
 */
export function RatioChart({ bars }: { bars: RatioBar[] }) {
  const hi = Math.max(1.5, Math.ceil(Math.max(...bars.map((b) => b.ratio)) * 2) / 2);
  const w = CONTENT_WIDTH - NAME_W - TEXT_W;
  const one = (1 / hi) * w;
  return (
    <View style={{ marginTop: spacing.sm }} wrap={false}>
      <Text style={s.h3}>Pay as a multiple of your role's (US medians)</Text>
      <Text style={[s.tiny, { marginBottom: 6 }]}>
        Each bar is a path's US median divided by your role's; the dark line marks your role at 1.00×. Longer bars pay more in the US.
      </Text>
      {bars.map((b) => (
        <View key={b.key} style={[s.row, { alignItems: "center", marginBottom: 4 }]}>
          <Text style={[s.td, { width: NAME_W, paddingRight: 8 }, b.current ? {} : s.bold]}>{b.label}</Text>
          <View style={{ width: w, height: 10, position: "relative" }}>
            <View
              style={{
                position: "absolute",
                left: 0,
                top: 1,
                height: 8,
                width: (b.ratio / hi) * w,
                backgroundColor: b.current ? colors.muted : colors.accent,
              }}
            />
            <View style={{ position: "absolute", left: one, top: -3, height: 16, width: 1, backgroundColor: colors.ink }} />
          </View>
          <Text style={[s.td, { width: TEXT_W, paddingLeft: 6 }]}>{b.text}</Text>
        </View>
      ))}
    </View>
  );
}
