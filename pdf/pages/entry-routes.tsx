import { Link, Text, View } from "@react-pdf/renderer";
import { Bullet } from "../components";
import { colors, s, size } from "../styles";
import type { LongTermBlock, RoutesBlock } from "./entry-routes.data";

/** The UK routes into the plan target's field, each a link with its hours, cost and note. */
export function RoutesBox({ block }: { block: RoutesBlock }) {
  return (
    <View style={s.panel} wrap={false}>
      <Text style={[s.h3, { fontSize: size.sm }]}>{block.heading}</Text>
      <Text style={[s.p, { fontSize: size.xs }]}>{block.intro}</Text>
      {block.routes.map((r) => (
        <Bullet key={r.key} style={{ fontSize: size.xs }}>
          <Link src={r.url} style={{ color: colors.accent, textDecoration: "underline" }}>
            {r.title}
          </Link>{" "}
          ({r.detail})
        </Bullet>
      ))}
    </View>
  );
}

/** The long-term paths, labelled, with the reason the catalogue gives for each. */
export function LongTermBox({ block }: { block: LongTermBlock }) {
  return (
    <View style={s.panel} wrap={false}>
      <Text style={[s.h3, { fontSize: size.sm }]}>{block.heading}</Text>
      <Text style={[s.p, { fontSize: size.xs }]}>{block.intro}</Text>
      {block.paths.map((p) => (
        <Bullet key={p.key} style={{ fontSize: size.xs }}>
          <Text style={s.bold}>Long-term path: {p.title}.</Text> {p.reason}
        </Bullet>
      ))}
    </View>
  );
}
