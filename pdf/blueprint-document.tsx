import { Document } from "@react-pdf/renderer";
import type { BlueprintInput } from "./blueprint-input";
import { buildModel } from "./blueprint-model";
import { CoverPage } from "./pages/cover";
import { EmployersPage } from "./pages/employers";
import { ExposurePage } from "./pages/exposure";
import { MethodPage } from "./pages/method";
import { PivotPage } from "./pages/pivot";
import { PlanPage } from "./pages/plan";
import { SalaryPage } from "./pages/salary";
import { SkillGapPage } from "./pages/skill-gap";
import { SummaryPage } from "./pages/summary";
import { TasksPage } from "./pages/tasks";
import { WindowPage } from "./pages/window";

/**
 * The fifteen pages, one component each. Pages are left to wrap, so content that outgrows its
 * sheet shows up as an extra page, which the tests' page count catches.
 */
export function BlueprintDocument({ input }: { input: BlueprintInput }) {
  const model = buildModel(input);
  return (
    <Document
      title={`Career Pivot Blueprint — ${input.occupation.title}`}
      author="Career Pivot"
      subject="Personalised career pivot roadmap"
      language="en-GB"
    >
      <CoverPage model={model} />
      <SummaryPage model={model} />
      <ExposurePage model={model} />
      <TasksPage model={model} />
      <WindowPage model={model} />
      <PivotPage model={model} index={0} />
      <PivotPage model={model} index={1} />
      <PivotPage model={model} index={2} />
      <SkillGapPage model={model} />
      <PlanPage model={model} phase={1} />
      <PlanPage model={model} phase={2} />
      <PlanPage model={model} phase={3} />
      <SalaryPage model={model} />
      <EmployersPage model={model} />
      <MethodPage model={model} />
    </Document>
  );
}
