import { Text, View } from "@react-pdf/renderer";
import type { Milestone } from "../../domain/blueprint-plan";
import type { BlueprintModel } from "../blueprint-model";
import { BlueprintPage, Bullet } from "../components";
import { colors, s, size, spacing, SANS } from "../styles";
import { selectPlanPage, type Phase, type ProjectBrief, type WeekBlock as Week } from "./plan.data";

function WeekBlock({ week }: { week: Week }) {
  return (
    <View style={{ marginBottom: spacing.sm, borderLeftWidth: 2, borderLeftColor: colors.accent, paddingLeft: 8 }} wrap={false}>
      <View style={[s.row, { justifyContent: "space-between", marginBottom: 2 }]}>
        {/* flex: a long target title wraps the heading instead of pushing the days past the margin. */}
        <Text style={[s.h3, { fontSize: size.sm, marginBottom: 0, flex: 1 }]}>
          Week {week.week} · {week.theme}
        </Text>
        <Text style={[s.small, { fontSize: size.tiny, marginLeft: 8 }]}>
          {week.days} · {week.hours}
        </Text>
      </View>
      {week.actions.map((a) => (
        <View key={a.key} style={[s.row, { marginBottom: 1 }]}>
          <Text style={[s.td, { width: 34, color: colors.accent, fontFamily: SANS, fontWeight: 600 }]}>{a.hours}</Text>
          <Text style={[s.td, { flex: 1 }]}>{a.text}</Text>
        </View>
      ))}
    </View>
  );
}

function MilestoneBox({ m }: { m: Milestone }) {
  return (
    <View style={s.accentPanel} wrap={false}>
      <Text style={[s.h3, { color: colors.accentStrong }]}>
        Day {m.day} milestone: {m.title}
      </Text>
      {m.checks.map((c) => (
        <Bullet key={c} style={{ fontSize: size.xs }}>{c}</Bullet>
      ))}
    </View>
  );
}

export function PlanPage({ model, phase }: { model: BlueprintModel; phase: Phase }) {
  const d = selectPlanPage(model, phase);
  return (
    <BlueprintPage model={model} kicker={d.kicker} title={d.title}>
      {d.intro ? (
        <>
          <Text style={s.p}>
            Built around {d.intro.hours} a week ({d.intro.totalHours} hours over twelve weeks), aimed at {d.intro.targetTitle}. Focus skills, biggest
            gap first, each with the resource the plan uses:
          </Text>
          <View style={{ marginBottom: spacing.sm }}>
            {d.intro.focus.map((f) => (
              <Text key={f.skill} style={[s.td, { marginBottom: 2 }]}>
                <Text style={s.bold}>{f.skill}</Text> (week{f.weeks.length > 1 ? "s" : ""} {f.weeks.join(", ")}):{" "}
                {f.resource}
              </Text>
            ))}
          </View>
        </>
      ) : null}
      {d.weeks.map((w) => (
        <WeekBlock key={w.week} week={w} />
      ))}
      {d.milestone ? <MilestoneBox m={d.milestone} /> : null}
      {d.project ? <ProjectBox project={d.project} /> : null}
    </BlueprintPage>
  );
}

function ProjectBox({ project }: { project: ProjectBrief }) {
  return (
    <View style={s.panel} wrap={false}>
      <Text style={s.h3}>Portfolio project: {project.title}</Text>
      <Text style={[s.p, { fontSize: size.xs }]}>
        Build {project.brief}. It runs from week 6 and takes about {project.hours} of your {project.totalHours} hours
        {project.skills}. Deliverables:
      </Text>
      {project.deliverables.map((d) => (
        <Bullet key={d} style={{ fontSize: size.xs }}>{d}</Bullet>
      ))}
    </View>
  );
}
