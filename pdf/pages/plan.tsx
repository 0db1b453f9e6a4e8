import { Link, Text, View } from "@react-pdf/renderer";
import type { Milestone } from "../../domain/blueprint-plan";
import type { BlueprintModel } from "../blueprint-model";
import { BlueprintPage, Bullet } from "../components";
import { colors, s, size, spacing, SANS } from "../styles";
import { LongTermBox, RoutesBox } from "./entry-routes";
import { selectPlanPage, type Costs, type Phase, type ProjectBrief, type TimetableSlot, type WeekBlock as Week } from "./plan.data";

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
        <Bullet key={c} style={{ fontSize: size.xs }}>
          {c}
        </Bullet>
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
            Built around {d.intro.hours} a week ({d.intro.totalHours} hours over twelve weeks), aimed at {d.intro.aim}. Focus skills,
            biggest gap first, with the hours the plan gives each and what you study:
          </Text>
          <View style={{ marginBottom: spacing.sm }}>
            {d.intro.focus.map((f) => (
              <Text key={f.skill} style={[s.td, { marginBottom: 2 }]}>
                <Text style={s.bold}>{f.skill}</Text> ({f.weeks}, {f.hours}): {f.resource}
              </Text>
            ))}
          </View>
        </>
      ) : null}
      {d.weeks.map((w) => (
        <WeekBlock key={w.week} week={w} />
      ))}
      {d.milestone ? <MilestoneBox m={d.milestone} /> : null}
      {d.costs ? <CostsBox costs={d.costs} /> : null}
      {d.timetable ? <Timetable slots={d.timetable} /> : null}
      {d.project ? <ProjectBox project={d.project} /> : null}
      {d.routes ? <RoutesBox block={d.routes} /> : null}
      {d.longTerm ? <LongTermBox block={d.longTerm} /> : null}
      {d.notes ? (
        <View wrap={false}>
          <Text style={[s.h3, { fontSize: size.sm, marginTop: 2 }]}>{d.notes.heading}</Text>
          {d.notes.lines.map((line) => (
            <Bullet key={line} style={{ fontSize: size.xs }}>
              {line}
            </Bullet>
          ))}
        </View>
      ) : null}
    </BlueprintPage>
  );
}

function ProjectBox({ project }: { project: ProjectBrief }) {
  return (
    <View style={s.panel} wrap={false}>
      <Text style={s.h3}>Portfolio project: “{project.title}”</Text>
      <Text style={[s.p, { fontSize: size.xs }]}>
        {project.verb} {project.brief}. It runs from week 6 and takes {project.hours} of your {project.totalHours}, the sum of its lines
        above
        {project.skills}.{project.deliverables.length ? " Deliverables:" : ""}
      </Text>
      {project.deliverables.map((d) => (
        <Bullet key={d} style={{ fontSize: size.xs }}>
          {d}
        </Bullet>
      ))}
    </View>
  );
}

function CostsBox({ costs }: { costs: Costs }) {
  return (
    <View style={s.panel} wrap={false}>
      <Text style={[s.h3, { fontSize: size.sm }]}>What the plan uses, and what costs extra</Text>
      <Text style={[s.p, { fontSize: size.xs }]}>{costs.summary}</Text>
      {[...costs.inPlan, ...costs.beyond].map((r) => (
        <Bullet key={r.key} style={{ fontSize: size.xs }}>
          {r.url ? (
            <Link src={r.url} style={{ color: colors.accent, textDecoration: "underline" }}>
              {r.title}
            </Link>
          ) : (
            r.title
          )}{" "}
          ({r.detail})
        </Bullet>
      ))}
    </View>
  );
}

function Timetable({ slots }: { slots: TimetableSlot[] }) {
  return (
    <View wrap={false}>
      <Text style={[s.h3, { fontSize: size.sm, marginTop: 2 }]}>Your week, booked</Text>
      <View style={s.row}>
        {slots.map((slot, i) => (
          <View key={i} style={{ flex: 1, borderLeftWidth: 2, borderLeftColor: colors.accentSoft, paddingLeft: 6, marginRight: 6 }}>
            <Text style={[s.td, s.bold]}>
              {slot.day} · {slot.hours}
            </Text>
            <Text style={s.tiny}>{slot.what}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
