// Downloadable import templates (CSV or XLSX): the columns, and one example row filled with an
// area or milestone the signed-in officer may use.
import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { todayIso } from "@/lib/dates";
import { getImportTemplateExamples } from "@/lib/data/milestones";
import { exportResponse, toCsv, toXlsx, type Column } from "@/lib/export/tabular";
import { columnsOf, importKinds, type ImportKind } from "@/lib/import/columns";
import { canImportMilestones } from "@/lib/permissions";

type Row = Record<string, string>;

export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new NextResponse(null, { status: 401 });
  const { kind } = await params;
  if (!canImportMilestones(user) || !(importKinds as readonly string[]).includes(kind)) return new NextResponse(null, { status: 404 });
  const importKind = kind as ImportKind;
  const format = new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const examples = await getImportTemplateExamples();
  const today = todayIso();
  const example: Row =
    importKind === "milestones"
      ? {
          area_id: examples.areaId,
          title_en: "Example: joint workshop on data governance",
          description_en: "What will be delivered, and how completion is shown.",
          owner_organisation: examples.organisation?.acronym ?? examples.organisation?.nameEn ?? "",
          owner_side: examples.organisation?.side ?? "JOINT",
          responsible_email: user.role === "OFFICER" ? user.email : "",
          start_on: today,
          target_on: `${Number(today.slice(0, 4)) + 1}-06-30`,
          weight: "1",
        }
      : { milestone_id: examples.milestoneId, reported_on: today, percent_complete: "50", status: "ON_TRACK", narrative: "What was done since the last update." };
  const columns: Column<Row>[] = columnsOf(importKind).map((name) => ({ header: name, value: (row) => row[name] ?? "" }));
  const body = format === "csv" ? toCsv([example], columns) : await toXlsx([example], columns, importKind);
  return exportResponse(body, format, `${importKind}-import-template`);
}
