import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { confirmImport, previewImport, type ImportPreview } from "@/lib/actions/imports";
import type { ActionResult } from "@/lib/actions/result";
import { actAs } from "../helpers/request";
import { createUser, testDb, unique } from "../helpers/factories";
import { createAgreementWithArea, createMilestone, day } from "../helpers/milestone-factories";

let setup: Awaited<ReturnType<typeof createAgreementWithArea>>;

beforeAll(async () => {
  setup = await createAgreementWithArea();
  await testDb.organisation.update({ where: { id: setup.malaysia.id }, data: { acronym: `MY${Date.now()}` } });
});

const csvFile = (text: string, name = "rows.csv") => new File([`\uFEFF${text}`], name, { type: "text/csv" });
const milestoneHeader = "area_id,title_en,description_en,owner_organisation,owner_side,responsible_email,start_on,target_on,weight";

function milestoneRow(title: string, overrides: Partial<Record<"area" | "owner" | "side" | "start" | "target" | "email", string>> = {}) {
  return [
    overrides.area ?? setup.area.id,
    `"${title}, with a comma"`,
    '"Line one\nline two"',
    overrides.owner ?? setup.malaysia.nameEn,
    overrides.side ?? "MALAYSIA",
    overrides.email ?? setup.officerMy.email,
    overrides.start ?? "2025-06-01",
    overrides.target ?? "2025-12-31",
    "2",
  ].join(",");
}

function data(result: ActionResult<ImportPreview>): ImportPreview {
  if (result.status !== "success") throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.data;
}

describe("importing milestones", () => {
  it("previews without writing, then writes every row in one go with audit events", async () => {
    actAs(setup.officerMy);
    const prefix = unique("Imported");
    const text = [milestoneHeader, milestoneRow(`${prefix} A`), milestoneRow(`${prefix} B`)].join("\r\n");
    const previewed = data(await previewImport(undefined, { kind: "milestones", file: csvFile(text) }));
    expect(previewed).toMatchObject({ rowCount: 2, problems: [], written: 0 });
    expect(await testDb.milestone.count({ where: { titleEn: { startsWith: prefix } } })).toBe(0);

    const confirmed = data(await confirmImport(undefined, { kind: "milestones", file: csvFile(text), sha256: previewed.sha256 }));
    expect(confirmed.written).toBe(2);
    const rows = await testDb.milestone.findMany({ where: { titleEn: { startsWith: prefix } }, orderBy: { order: "asc" } });
    expect(rows.map((row) => row.titleEn)).toEqual([`${prefix} A, with a comma`, `${prefix} B, with a comma`]);
    expect(rows[0]).toMatchObject({ descriptionEn: "Line one\nline two", responsibleUserId: setup.officerMy.id, weight: 2 });
    expect(await testDb.auditEvent.count({ where: { entityId: { in: rows.map((row) => row.id) }, action: "milestone.import" } })).toBe(2);
  });

  it("names every bad row and column and writes nothing, even for the good rows", async () => {
    actAs(setup.officerMy);
    const prefix = unique("Mixed");
    const text = [
      milestoneHeader,
      milestoneRow(`${prefix} good`),
      milestoneRow(`${prefix} dates`, { start: "2025-12-31", target: "2025-01-01" }),
      milestoneRow(`${prefix} other side`, { owner: setup.china.nameEn, side: "CHINA" }),
      milestoneRow(`${prefix} nowhere`, { area: "no_such_area", email: "nobody@test.example" }),
    ].join("\n");
    const previewed = data(await previewImport(undefined, { kind: "milestones", file: csvFile(text) }));
    expect(previewed.problems).toEqual([
      { row: 3, column: "target_on", message: "milestones.errors.targetBeforeStart" },
      { row: 4, column: "owner_organisation", message: "milestones.errors.notYourOrganisation" },
      { row: 5, column: "responsible_email", message: "milestones.errors.responsibleNotOfficer" },
      { row: 5, column: "area_id", message: "milestones.errors.unknownArea" },
    ]);
    const confirmed = data(await confirmImport(undefined, { kind: "milestones", file: csvFile(text), sha256: previewed.sha256 }));
    expect(confirmed.written).toBe(0);
    expect(await testDb.milestone.count({ where: { titleEn: { startsWith: prefix } } })).toBe(0);
  });

  it("names the row the spreadsheet shows, even after blank rows, in CSV and in XLSX", async () => {
    actAs(setup.officerMy);
    const bad = { start: "2025-12-31", target: "2025-01-01" };
    // Row 1 header, row 2 good, rows 3–4 blank (one of them only commas), row 5 bad.
    const text = [milestoneHeader, milestoneRow(unique("Good")), "", ",,,,,,,,", milestoneRow(unique("Bad"), bad)].join("\r\n");
    const fromCsv = data(await previewImport(undefined, { kind: "milestones", file: csvFile(text) }));
    expect(fromCsv.problems).toEqual([{ row: 5, column: "target_on", message: "milestones.errors.targetBeforeStart" }]);
    expect(fromCsv.sample.map((row) => row.number)).toEqual([2, 5]);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Milestones");
    const cells = (title: string, start: string, target: string) => [setup.area.id, title, "Described", setup.malaysia.nameEn, "MALAYSIA", "", start, target, 1];
    sheet.getRow(1).values = milestoneHeader.split(",");
    sheet.getRow(2).values = cells(unique("Good"), "2025-06-01", "2025-12-31");
    sheet.getRow(6).values = cells(unique("Bad"), bad.start, bad.target);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const file = new File([bytes], "rows.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    const fromXlsx = data(await previewImport(undefined, { kind: "milestones", file }));
    expect(fromXlsx.problems).toEqual([{ row: 6, column: "target_on", message: "milestones.errors.targetBeforeStart" }]);
    expect(fromXlsx.sample.map((row) => row.number)).toEqual([2, 6]);
  });

  it("refuses confirming a file other than the one previewed, or without a preview", async () => {
    actAs(setup.officerMy);
    const text = [milestoneHeader, milestoneRow(unique("Swap"))].join("\n");
    const previewed = data(await previewImport(undefined, { kind: "milestones", file: csvFile(text) }));
    const other = [milestoneHeader, milestoneRow(unique("Other"))].join("\n");
    expect(await confirmImport(undefined, { kind: "milestones", file: csvFile(other), sha256: previewed.sha256 })).toMatchObject({ fieldErrors: { file: ["imports.errors.fileChanged"] } });
    expect(await confirmImport(undefined, { kind: "milestones", file: csvFile(other) })).toMatchObject({ fieldErrors: { file: ["imports.errors.previewFirst"] } });
  });

  it("refuses a bad header, a broken CSV, a wrong file type, and people who may not import", async () => {
    actAs(setup.officerMy);
    const header = data(await previewImport(undefined, { kind: "milestones", file: csvFile("title_en,colour\nx,red") }));
    expect(header.problems).toContainEqual({ row: 1, column: "colour", message: "imports.errors.unknownColumn" });
    expect(header.problems).toContainEqual({ row: 1, column: "area_id", message: "imports.errors.missingColumn" });
    expect(await previewImport(undefined, { kind: "milestones", file: csvFile(`${milestoneHeader}\n"open,x`) })).toMatchObject({ fieldErrors: { file: ["imports.errors.unclosedQuote|line=2"] } });
    const exe = new File([Buffer.from("MZ")], "rows.exe");
    expect(await previewImport(undefined, { kind: "milestones", file: exe })).toMatchObject({ fieldErrors: { file: ["errors.fileTypeNotAllowed"] } });
    actAs(await createUser({ role: "MANAGER" }));
    expect(await previewImport(undefined, { kind: "milestones", file: csvFile(milestoneHeader) })).toMatchObject({ formError: "errors.notFound" });
    actAs(null);
    expect(await previewImport(undefined, { kind: "milestones", file: csvFile(milestoneHeader) })).toMatchObject({ formError: "errors.unauthenticated" });
  });

  it("reads XLSX files too", async () => {
    actAs(setup.officerMy);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Milestones");
    sheet.addRow(milestoneHeader.split(","));
    const title = unique("From Excel");
    sheet.addRow([setup.area.id, title, "Described", setup.malaysia.nameEn, "MALAYSIA", "", new Date("2025-06-01T00:00:00Z"), "2025-12-31", 1]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const file = new File([bytes], "rows.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    const previewed = data(await previewImport(undefined, { kind: "milestones", file }));
    expect(previewed.problems).toEqual([]);
    const confirmed = data(await confirmImport(undefined, { kind: "milestones", file, sha256: previewed.sha256 }));
    expect(confirmed.written).toBe(1);
    expect(await testDb.milestone.findFirstOrThrow({ where: { titleEn: title } })).toMatchObject({ startOn: day("2025-06-01") });
  });
});

describe("importing progress", () => {
  const header = "milestone_id,reported_on,percent_complete,indicator_actual,status,narrative,blockers,evidence_url";

  it("appends all updates and leaves each milestone at its latest", async () => {
    const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id, indicator: { baseline: 0, target: 40 } });
    actAs(setup.officerMy);
    const text = [
      header,
      `${milestone.id},2025-04-01,,20,ON_TRACK,"Half way, on plan",,`,
      `${milestone.id},2025-03-01,25,,on_track,Started,,https://example.org/a`,
      `${milestone.id},2025-05-01,100,,COMPLETED,Done,,https://example.org/final`,
    ].join("\n");
    const previewed = data(await previewImport(undefined, { kind: "progress", file: csvFile(text) }));
    expect(previewed.problems).toEqual([]);
    expect(data(await confirmImport(undefined, { kind: "progress", file: csvFile(text), sha256: previewed.sha256 })).written).toBe(3);
    expect(await testDb.milestone.findUniqueOrThrow({ where: { id: milestone.id } })).toMatchObject({ status: "COMPLETED", percentComplete: 100, lastUpdateOn: day("2025-05-01"), completedOn: day("2025-05-01") });
    expect(await testDb.progressUpdate.findFirstOrThrow({ where: { milestoneId: milestone.id, reportedOn: day("2025-04-01") } })).toMatchObject({ percentComplete: 50 });
    expect(await testDb.evidence.count({ where: { progressUpdate: { milestoneId: milestone.id } } })).toBe(2);
  });

  it("names backwards, future, evidence-less completion and other organisations' milestones", async () => {
    const mine = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id });
    const theirs = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.china.id, ownerSide: "CHINA" });
    actAs(setup.officerMy);
    const text = [
      header,
      `${mine.id},2025-03-01,50,,ON_TRACK,ok,,`,
      `${mine.id},2025-04-01,40,,ON_TRACK,slipped,,`,
      `${mine.id},2999-01-01,60,,ON_TRACK,future,,`,
      `${mine.id},2025-05-01,100,,COMPLETED,done,,`,
      `${theirs.id},2025-03-01,10,,ON_TRACK,not mine,,`,
    ].join("\n");
    const previewed = data(await previewImport(undefined, { kind: "progress", file: csvFile(text) }));
    expect(previewed.problems).toEqual([
      { row: 3, column: "percent_complete", message: "imports.errors.backwards" },
      { row: 4, column: "reported_on", message: "progress.errors.reportedInFuture" },
      { row: 5, column: "evidence_url", message: "progress.errors.completedNeedsEvidence" },
      { row: 6, column: "milestone_id", message: "imports.errors.unknownMilestone" },
    ]);
    expect(data(await confirmImport(undefined, { kind: "progress", file: csvFile(text), sha256: previewed.sha256 })).written).toBe(0);
    expect(await testDb.progressUpdate.count({ where: { milestoneId: { in: [mine.id, theirs.id] } } })).toBe(0);
  });

  // Thousands of rows through the whole import: well inside the limit alone, slower on a busy machine.
  it("checks and writes thousands of rows in one go", { timeout: 120_000 }, async () => {
    const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id });
    actAs(setup.officerMy);
    const lines = [header];
    for (let index = 0; index < 3000; index += 1) lines.push(`${milestone.id},2025-03-01,${Math.min(100, Math.floor(index / 30))},,ON_TRACK,Row ${index},,`);
    const text = lines.join("\n");
    const previewed = data(await previewImport(undefined, { kind: "progress", file: csvFile(text) }));
    expect(previewed).toMatchObject({ rowCount: 3000, problems: [] });
    expect(previewed.sample).toHaveLength(200);
    expect(data(await confirmImport(undefined, { kind: "progress", file: csvFile(text), sha256: previewed.sha256 })).written).toBe(3000);
    expect(await testDb.progressUpdate.count({ where: { milestoneId: milestone.id } })).toBe(3000);
  });
});
