import { Document } from "@react-pdf/renderer";
import type { BlueprintInput } from "./blueprint-input";
import { buildModel, type BlueprintModel } from "./blueprint-model";
import { PagePlacementContext } from "./components";
import { BLUEPRINT_PAGE_COUNT } from "./render-task";
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

/** The fifteen pages, one component each, in order. */
const PAGES = [
  (model: BlueprintModel) => <CoverPage model={model} />,
  (model: BlueprintModel) => <SummaryPage model={model} />,
  (model: BlueprintModel) => <ExposurePage model={model} />,
  (model: BlueprintModel) => <TasksPage model={model} />,
  (model: BlueprintModel) => <WindowPage model={model} />,
  (model: BlueprintModel) => <PivotPage model={model} index={0} />,
  (model: BlueprintModel) => <PivotPage model={model} index={1} />,
  (model: BlueprintModel) => <PivotPage model={model} index={2} />,
  (model: BlueprintModel) => <SkillGapPage model={model} />,
  (model: BlueprintModel) => <PlanPage model={model} phase={1} />,
  (model: BlueprintModel) => <PlanPage model={model} phase={2} />,
  (model: BlueprintModel) => <PlanPage model={model} phase={3} />,
  (model: BlueprintModel) => <SalaryPage model={model} />,
  (model: BlueprintModel) => <EmployersPage model={model} />,
  (model: BlueprintModel) => <MethodPage model={model} />,
] as const;

if (PAGES.length !== BLUEPRINT_PAGE_COUNT)
  throw new Error(`BLUEPRINT_PAGE_COUNT is ${BLUEPRINT_PAGE_COUNT} but the document has ${PAGES.length} pages`);

/** The file's document information. */
function blueprintMetadata(occupationTitle: string) {
  return {
    title: `Career Pivot Blueprint — ${occupationTitle}`,
    author: "Career Pivot",
    creator: "Career Pivot",
    subject: "Personalised career pivot roadmap",
    language: "en-GB",
  };
}

export type BlueprintDocumentProps = {
  input: BlueprintInput;
  /**
   * Let a page flow onto extra sheets when its content outgrows it. Off in production: react-pdf
   * then lays each page out once instead of again for pagination (≈ 20 % of a render), and every
   * page is designed to fit. Tests render with it on, where an overflow shows up as a 16th page.
   */
  wrap?: boolean;
};

export function BlueprintDocument({ input, wrap = false }: BlueprintDocumentProps) {
  const model = buildModel(input);
  return (
    <Document {...blueprintMetadata(input.occupation.title)}>
      {PAGES.map((page, i) => (
        <PagePlacementContext.Provider key={i} value={{ pageNumber: i + 1, totalPages: BLUEPRINT_PAGE_COUNT, wrap }}>
          {page(model)}
        </PagePlacementContext.Provider>
      ))}
    </Document>
  );
}
