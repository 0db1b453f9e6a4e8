import { Link, Text, View } from "@react-pdf/renderer";
import type { BlueprintModel } from "../blueprint-model";
import { BlueprintPage } from "../components";
import { colors, s, size, spacing } from "../styles";
import { selectMethodPage } from "./method.data";

export function MethodPage({ model }: { model: BlueprintModel }) {
  const d = selectMethodPage(model);
  const adj = d.adjustment;
  return (
    <BlueprintPage model={model} kicker="Method and sources" title="How this Blueprint was made">
      <View style={[s.accentPanel, { marginBottom: spacing.md }]} wrap={false}>
        <Text style={[s.p, s.bold, { marginBottom: 2 }]}>Exposure is not a prediction of job loss.</Text>
        <Text style={[s.p, { marginBottom: 0, fontSize: size.xs }]}>
          It measures how much of the work AI tools could already do or speed up. Whether that removes jobs, changes them or creates new
          ones depends on employers, demand and choices people make — including yours.
        </Text>
      </View>
      <Text style={[s.h3, { fontSize: size.sm }]}>Scores (scoring version {d.scoringVersion})</Text>
      <Text style={[s.p, { fontSize: size.xs }]}>
        Tasks and occupations are scored 0–100 on the beta scale of Eloundou et al. (2024): a task counts 100 when an AI language model
        alone halves the time it takes, 50 when tools built on one are needed, 0 otherwise. Your personal score is the mean of your tasks'
        scores weighted by the share of your week you gave each, adjusted for seniority (junior {adj.junior}, mid {adj.mid}, senior{" "}
        {adj.senior}, lead {adj.lead}) and kept within 0–100. Risk bands: high 60 and over, medium 30–59, low under 30. The all-workers
        reference, {d.allWorkers}, is the mean human-rated beta over the paper's 923 occupations. Your window to act comes from your score
        (60+ now, 45+ one to two years, 30+ three to five years, otherwise five-plus), one band earlier for juniors.
      </Text>
      <Text style={[s.h3, { fontSize: size.sm }]}>Pivot paths and gaps</Text>
      <Text style={[s.p, { fontSize: size.xs }]}>
        A role's match is the sum of importance × min(1, your level ÷ level needed) over its skill requirements, divided by their total
        importance. Your level in a skill is your own rating where you gave one, else what the share of your week on tasks that use it
        shows, else your current role's typical level. You “already have” a skill at {d.heldPercent}% coverage or more. Paths are listed for
        your goal: the kind of move you asked for first (staying, if you asked to future-proof your role), then by match; a move more
        exposed than your week that pays no more at the median comes after staying. A move is adjacent when the sector is the same and the
        match is at least {d.adjacentMatch}%. Gaps are ordered by importance × shortfall, and the 90-day plan gives the biggest gaps the
        first and most weeks.
        {d.importedPaths ? ` ${d.importedPaths}` : ""}
        {d.full
          ? ` Your assessment found the paths; this Blueprint re-matches them with all of that evidence, so a match here can differ by a few points from your results page. “Resilient move” means ${d.resilientDrop}+ points less exposed and a ${d.resilientMatch}%+ match; less exposed at a lower match is a “long retrain”. A level step is costed at ${d.levelHours} hours of study and practice (to levels 1–5), and no milestone claims more than the plan's hours buy.`
          : ""}
      </Text>
      <Text style={[s.h3, { fontSize: size.sm }]}>Sources</Text>
      <Text style={[s.tiny, { marginBottom: 3, color: colors.ink }]}>• {d.benchmarkSource}</Text>
      {d.sources.map((r) => (
        <Text key={r.label} style={[s.tiny, { marginBottom: 3, color: colors.ink }]}>
          • {r.label}
          {r.url ? (
            <>
              {" — "}
              <Link src={r.url} style={{ color: colors.accent }}>
                {r.url}
              </Link>
            </>
          ) : null}
        </Text>
      ))}
      <Text style={[s.h3, { fontSize: size.sm, marginTop: spacing.sm }]}>Salaries, employers and learning resources</Text>
      <Text style={[s.p, { fontSize: size.xs }]}>
        {d.pay} {d.employers} Courses, certifications and books are real and named with their provider; hours and prices are approximate, as
        listed when we wrote them (dollar fees converted at about £0.80), and change: check with the provider before you pay.
      </Text>
      <Text style={[s.tiny, { marginTop: spacing.xs }]}>
        This document includes information from O*NET OnLine by the U.S. Department of Labor, Employment and Training Administration
        (USDOL/ETA), used under the CC BY 4.0 licence; we have modified it and USDOL/ETA has not approved, endorsed or tested these
        modifications. O*NET® is a trademark of USDOL/ETA. {d.authorship} Order reference {d.orderId}.
      </Text>
    </BlueprintPage>
  );
}
