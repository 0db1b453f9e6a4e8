import { Text, View } from "@react-pdf/renderer";
import { costText, type Milestone, type PlanWeek } from "../../domain/blueprint-plan";
import type { BlueprintModel } from "../blueprint-model";
import { BlueprintPage, Bullet } from "../components";
import { plural } from "../format";
import { colors, s, size, spacing, SANS } from "../styles";

const PHASES = [
  { phase: 1, title: "Days 1–30: free up time, start on your biggest gap", weeks: [1, 2, 3, 4], day: 30 },
  { phase: 2, title: "Days 31–60: build depth, start your project", weeks: [5, 6, 7, 8], day: 60 },
  { phase: 3, title: "Days 61–90: show your work to employers", weeks: [9, 10, 11, 12], day: 90 },
] as const;

const hoursText = (h: number) => (h === 1 ? "1 h" : `${h} h`);

function WeekBlock({ week }: { week: PlanWeek }) {
  return (
    <View style={{ marginBottom: spacing.sm, borderLeftWidth: 2, borderLeftColor: colors.accent, paddingLeft: 8 }} wrap={false}>
      <View style={[s.row, { justifyContent: "space-between", marginBottom: 2 }]}>
        <Text style={[s.h3, { fontSize: size.sm, marginBottom: 0 }]}>
          Week {week.week} · {week.theme}
        </Text>
        <Text style={[s.small, { fontSize: size.tiny }]}>
          {week.days} · {plural(week.hours, "hour")}
        </Text>
      </View>
      {week.actions.map((a) => (
        <View key={a.kind + a.text} style={[s.row, { marginBottom: 1 }]}>
          <Text style={[s.td, { width: 34, color: colors.accent, fontFamily: SANS, fontWeight: 600 }]}>{hoursText(a.hours)}</Text>
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

export function PlanPage({ model, phase }: { model: BlueprintModel; phase: 1 | 2 | 3 }) {
  const { plan } = model;
  const p = PHASES[phase - 1]!;
  const weeks = plan.weeks.filter((w) => w.phase === phase);
  const milestone = plan.milestones.find((m) => m.day === p.day);
  const targetTitle = model.pivots[0]?.pivot.title ?? model.input.occupation.title;
  return (
    <BlueprintPage model={model} kicker={`Your 90-day plan · part ${phase} of 3`} title={p.title}>
      {phase === 1 ? (
        <>
          <Text style={s.p}>
            Built around {plural(plan.hoursPerWeek, "hour")} a week ({plan.totalHours} hours over twelve weeks), aimed at {targetTitle}. Focus skills, biggest
            gap first, each with the resource the plan uses:
          </Text>
          <View style={{ marginBottom: spacing.sm }}>
            {plan.focus.map((f) => (
              <Text key={f.skill} style={[s.td, { marginBottom: 2 }]}>
                <Text style={s.bold}>{f.skill}</Text> (week{f.weeks.length > 1 ? "s" : ""} {f.weeks.join(", ")}):{" "}
                {f.resource ? `${f.resource.title}, ${f.resource.provider} — about ${f.resource.approxHours} h, ${costText(f.resource.approxCostGbp)}` : "guided self-study, set out week by week"}
              </Text>
            ))}
          </View>
        </>
      ) : null}
      {weeks.map((w) => (
        <WeekBlock key={w.week} week={w} />
      ))}
      {milestone ? <MilestoneBox m={milestone} /> : null}
      {phase === 3 ? <ProjectBox model={model} /> : null}
    </BlueprintPage>
  );
}

function ProjectBox({ model }: { model: BlueprintModel }) {
  const { project } = model.plan;
  return (
    <View style={s.panel} wrap={false}>
      <Text style={s.h3}>Portfolio project: {project.title}</Text>
      <Text style={[s.p, { fontSize: size.xs }]}>
        Build {project.brief}. It runs from week 6 and takes about {project.hours} of your {model.plan.totalHours} hours
        {project.skills.length ? `, exercising ${project.skills.join(", ")}` : ""}. Deliverables:
      </Text>
      {project.deliverables.map((d) => (
        <Bullet key={d} style={{ fontSize: size.xs }}>{d}</Bullet>
      ))}
    </View>
  );
}
