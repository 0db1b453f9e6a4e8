import { Link, Text, View } from "@react-pdf/renderer";
import type { BlueprintModel } from "../blueprint-model";
import { BlueprintPage, Bullet } from "../components";
import { colors, s, size, spacing } from "../styles";
import { selectEmployersPage } from "./employers.data";

export function EmployersPage({ model }: { model: BlueprintModel }) {
  const { heading, intro, columns, advice, trackerGoal } = selectEmployersPage(model);
  return (
    <BlueprintPage model={model} kicker="Named employers" title={heading}>
      <Text style={[s.small, { marginBottom: spacing.sm }]}>{intro}</Text>
      <View style={s.row}>
        {columns.map(({ targetId, title, employers, note, continued }, i) => (
          <View key={`${targetId}-${i}`} style={{ flex: 1, paddingRight: spacing.sm }}>
            {continued ? null : <Text style={[s.h3, { fontSize: size.sm, color: colors.accentStrong }]}>{title}</Text>}
            {employers.length === 0 ? <Text style={s.small}>We have not yet listed employers for this role.</Text> : null}
            {note ? <Text style={[s.tiny, { marginBottom: 4, color: colors.ink }]}>{note}</Text> : null}
            {employers.map((e) => (
              <View key={e.name} style={{ marginBottom: 6 }} wrap={false}>
                {e.url ? (
                  <Link src={e.url} style={[s.td, s.bold, { color: colors.ink, textDecoration: "none" }]}>
                    {e.name}
                  </Link>
                ) : (
                  <Text style={[s.td, s.bold]}>{e.name}</Text>
                )}
                <Text style={s.tiny}>
                  {e.where ? <Text style={e.local ? [s.bold, { color: colors.accentStrong }] : s.bold}>{e.where} · </Text> : null}
                  {e.location} · {e.sector}
                </Text>
                {e.hiresFor ? <Text style={s.tiny}>Hires for: {e.hiresFor}</Text> : null}
                {e.eligibility ? <Text style={[s.tiny, { color: colors.ink }]}>Eligibility: {e.eligibility}</Text> : null}
                {e.url && e.linkText ? (
                  <Link src={e.url} style={[s.tiny, { color: colors.accentStrong }]}>
                    {e.linkText}
                  </Link>
                ) : null}
              </View>
            ))}
          </View>
        ))}
      </View>

      <Text style={s.h2}>How to approach them</Text>
      {advice.map((a) => (
        <Bullet key={a.lead}>
          <Text style={s.bold}>{a.lead}</Text> {a.body}
        </Bullet>
      ))}
      <Bullet>
        <Text style={s.bold}>Keep a simple tracker.</Text> Company, person, date of contact, next step. {trackerGoal}
      </Bullet>
      <Text style={[s.tiny, { marginTop: spacing.sm }]}>
        Employers are named because they hire for these roles in the UK, from public job adverts; we have no arrangement with any of them,
        and a listing is not a sign that they are hiring today. Eligibility notes are the employers' published rules on security clearance,
        nationality, background checks and registration; check each advert, as rules differ by post.
      </Text>
    </BlueprintPage>
  );
}
