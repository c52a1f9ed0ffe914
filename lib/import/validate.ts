// Checks every row of an import file BEFORE anything is written, with a constant number of
// queries whatever the row count (set-based lookups), and turns each row into the data to write.
// The same zod schemas as the forms decide what a valid value is.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { canEditMilestone } from "@/lib/permissions";
import { createMilestoneSchema, type CreateMilestoneInput } from "@/lib/schemas/milestone";
import { logProgressSchema } from "@/lib/schemas/progress";
import { today as appToday } from "@/lib/dates";
import { percentFromIndicator } from "@/lib/milestones/rules";
import { columnsOf, maxImportRows, requiredColumns, type ImportKind, type ImportProblem } from "./columns";
import type { NumberedRow } from "./csv";

export type ValidMilestoneRow = CreateMilestoneInput & { agreementId: string; rowNumber: number };
export type ValidProgressRow = {
  rowNumber: number;
  milestoneId: string;
  reportedOn: Date;
  percentComplete: number;
  indicatorActual: number | null;
  status: "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "COMPLETED";
  narrative: string;
  blockers: string | null;
  evidenceLinks: string[];
};

export type Validation =
  | { kind: "milestones"; header: string[]; rows: NumberedRow[]; problems: ImportProblem[]; valid: ValidMilestoneRow[] }
  | { kind: "progress"; header: string[]; rows: NumberedRow[]; problems: ImportProblem[]; valid: ValidProgressRow[] };

/** A row's cells by column name, and its number as the spreadsheet shows it. */
type RowRecord = { rowNumber: number; values: Record<string, string> };

/** Header problems stop everything: without the right columns no row can be read. */
function checkHeader(kind: ImportKind, header: string[], row: number): ImportProblem[] {
  const known = columnsOf(kind);
  const problems: ImportProblem[] = [];
  for (const name of header) if (name !== "" && !known.includes(name)) problems.push({ row, column: name, message: "imports.errors.unknownColumn" });
  for (const name of requiredColumns[kind]) if (!header.includes(name)) problems.push({ row, column: name, message: "imports.errors.missingColumn" });
  const seen = new Set<string>();
  for (const name of header) {
    if (name !== "" && seen.has(name)) problems.push({ row, column: name, message: "imports.errors.duplicateColumn" });
    seen.add(name);
  }
  return problems;
}

function toRecords(header: string[], rows: NumberedRow[]): RowRecord[] {
  return rows.map((row) => ({ rowNumber: row.number, values: Object.fromEntries(header.map((name, index) => [name, row.cells[index] ?? ""])) }));
}

/** zod issue paths are form field names; problems name the file's columns. */
function issuesToProblems(rowNumber: number, issues: readonly { path: PropertyKey[]; message: string }[], columnOf: Record<string, string>): ImportProblem[] {
  return issues.map((issue) => {
    const field = String(issue.path[0] ?? "");
    return { row: rowNumber, column: columnOf[field] ?? field, message: issue.message };
  });
}

const milestoneColumnOf: Record<string, string> = {
  cooperationAreaId: "area_id",
  titleEn: "title_en",
  titleMs: "title_ms",
  titleZh: "title_zh",
  descriptionEn: "description_en",
  descriptionMs: "description_ms",
  descriptionZh: "description_zh",
  ownerOrganisationId: "owner_organisation",
  ownerSide: "owner_side",
  responsibleUserId: "responsible_email",
  startOn: "start_on",
  targetOn: "target_on",
  weight: "weight",
  indicatorUnit: "indicator_unit",
  indicatorBaseline: "indicator_baseline",
  indicatorTarget: "indicator_target",
};

const progressColumnOf: Record<string, string> = {
  milestoneId: "milestone_id",
  reportedOn: "reported_on",
  percentComplete: "percent_complete",
  indicatorActual: "indicator_actual",
  status: "status",
  narrative: "narrative",
  blockers: "blockers",
  evidenceLinks: "evidence_url",
};

async function validateMilestones(user: SessionUser, records: RowRecord[]): Promise<{ problems: ImportProblem[]; valid: ValidMilestoneRow[] }> {
  const areaIds = [...new Set(records.map((record) => record.values.area_id ?? "").filter(Boolean))];
  const organisationRefs = [...new Set(records.map((record) => (record.values.owner_organisation ?? "").trim()).filter(Boolean))];
  const emails = [...new Set(records.map((record) => (record.values.responsible_email ?? "").trim().toLowerCase()).filter(Boolean))];
  const [areas, organisations, users] = await Promise.all([
    db.cooperationArea.findMany({
      where: { id: { in: areaIds }, isRetired: false, agreement: { archivedAt: null } },
      select: { id: true, agreementId: true, agreement: { select: { parties: { select: { organisationId: true } } } } },
    }),
    db.organisation.findMany({
      where: { isRetired: false, OR: [{ acronym: { in: organisationRefs } }, { nameEn: { in: organisationRefs } }, { id: { in: organisationRefs } }] },
      select: { id: true, acronym: true, nameEn: true, side: true },
    }),
    db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true, role: true, isActive: true } }),
  ]);
  const areaById = new Map(areas.map((area) => [area.id, { agreementId: area.agreementId, partyOrganisationIds: area.agreement.parties.map((party) => party.organisationId) }]));
  const organisationByRef = new Map<string, (typeof organisations)[number]>();
  for (const organisation of organisations) {
    organisationByRef.set(organisation.id, organisation);
    organisationByRef.set(organisation.nameEn, organisation);
    if (organisation.acronym) organisationByRef.set(organisation.acronym, organisation);
  }
  const userByEmail = new Map(users.map((row) => [row.email, row]));

  const problems: ImportProblem[] = [];
  const valid: ValidMilestoneRow[] = [];
  records.forEach((record) => {
    const rowNumber = record.rowNumber;
    const rowProblems: ImportProblem[] = [];
    const organisation = organisationByRef.get((record.values.owner_organisation ?? "").trim());
    if (record.values.owner_organisation && !organisation) rowProblems.push({ row: rowNumber, column: "owner_organisation", message: "errors.unknownOrganisation" });
    const email = (record.values.responsible_email ?? "").trim().toLowerCase();
    const responsible = email ? userByEmail.get(email) : undefined;
    if (email && (!responsible || responsible.role !== "OFFICER" || !responsible.isActive)) {
      rowProblems.push({ row: rowNumber, column: "responsible_email", message: "milestones.errors.responsibleNotOfficer" });
    }
    const parsed = createMilestoneSchema.safeParse({
      cooperationAreaId: record.values.area_id ?? "",
      titleEn: record.values.title_en ?? "",
      titleMs: record.values.title_ms ?? "",
      titleZh: record.values.title_zh ?? "",
      descriptionEn: record.values.description_en ?? "",
      descriptionMs: record.values.description_ms ?? "",
      descriptionZh: record.values.description_zh ?? "",
      ownerOrganisationId: organisation?.id ?? (record.values.owner_organisation ? "unknown" : ""),
      ownerSide: (record.values.owner_side ?? "").toUpperCase(),
      responsibleUserId: responsible?.id ?? "",
      startOn: record.values.start_on ?? "",
      targetOn: record.values.target_on ?? "",
      weight: record.values.weight || "1",
      indicatorUnit: record.values.indicator_unit ?? "",
      indicatorBaseline: record.values.indicator_baseline ?? "",
      indicatorTarget: record.values.indicator_target ?? "",
    });
    if (!parsed.success) {
      rowProblems.push(...issuesToProblems(rowNumber, parsed.error.issues, milestoneColumnOf).filter((problem) => !rowProblems.some((known) => known.column === problem.column)));
    } else {
      const input = parsed.data;
      const area = areaById.get(input.cooperationAreaId);
      if (!area) rowProblems.push({ row: rowNumber, column: "area_id", message: "milestones.errors.unknownArea" });
      else if (organisation && !canEditMilestone(user, { ...input, partyOrganisationIds: area.partyOrganisationIds })) {
        rowProblems.push({ row: rowNumber, column: "owner_organisation", message: "milestones.errors.notYourOrganisation" });
      }
      if (organisation && input.ownerSide !== "JOINT" && input.ownerSide !== organisation.side) {
        rowProblems.push({ row: rowNumber, column: "owner_side", message: "milestones.errors.sideMismatch" });
      }
      if (rowProblems.length === 0 && area) valid.push({ ...input, agreementId: area.agreementId, rowNumber });
    }
    problems.push(...rowProblems);
  });
  return { problems, valid };
}

async function validateProgress(user: SessionUser, records: RowRecord[]): Promise<{ problems: ImportProblem[]; valid: ValidProgressRow[] }> {
  const milestoneIds = [...new Set(records.map((record) => record.values.milestone_id ?? "").filter(Boolean))];
  const milestones = await db.milestone.findMany({
    where: { id: { in: milestoneIds } },
    select: {
      id: true,
      ownerOrganisationId: true,
      ownerSide: true,
      startOn: true,
      cancelledAt: true,
      percentComplete: true,
      lastUpdateOn: true,
      indicatorBaseline: true,
      indicatorTarget: true,
      agreement: { select: { parties: { select: { organisationId: true } } } },
    },
  });
  const milestoneById = new Map(milestones.map((milestone) => [milestone.id, milestone]));
  const today = appToday();

  const problems: ImportProblem[] = [];
  const candidates: ValidProgressRow[] = [];
  records.forEach((record) => {
    const rowNumber = record.rowNumber;
    const rowProblems: ImportProblem[] = [];
    const parsed = logProgressSchema.safeParse({
      milestoneId: record.values.milestone_id ?? "",
      reportedOn: record.values.reported_on ?? "",
      percentComplete: record.values.percent_complete ?? "",
      indicatorActual: record.values.indicator_actual ?? "",
      status: (record.values.status ?? "").toUpperCase(),
      narrative: record.values.narrative ?? "",
      blockers: record.values.blockers ?? "",
      evidenceLinks: record.values.evidence_url ?? "",
    });
    if (!parsed.success) {
      problems.push(...issuesToProblems(rowNumber, parsed.error.issues, progressColumnOf));
      return;
    }
    const input = parsed.data;
    const row = milestoneById.get(input.milestoneId);
    const milestone = row ? { ...row, partyOrganisationIds: row.agreement.parties.map((party) => party.organisationId) } : null;
    // Not found and not allowed read the same, as everywhere else.
    if (!milestone || !canEditMilestone(user, milestone)) {
      problems.push({ row: rowNumber, column: "milestone_id", message: "imports.errors.unknownMilestone" });
      return;
    }
    if (milestone.cancelledAt) rowProblems.push({ row: rowNumber, column: "milestone_id", message: "milestones.errors.cancelled" });
    if (input.reportedOn > today) rowProblems.push({ row: rowNumber, column: "reported_on", message: "progress.errors.reportedInFuture" });
    if (input.reportedOn < milestone.startOn) rowProblems.push({ row: rowNumber, column: "reported_on", message: "progress.errors.reportedBeforeStart" });
    let percent = input.percentComplete;
    if (input.indicatorActual !== null) {
      if (milestone.indicatorBaseline === null || milestone.indicatorTarget === null) {
        rowProblems.push({ row: rowNumber, column: "indicator_actual", message: "progress.errors.noIndicator" });
      } else {
        percent = percentFromIndicator(input.indicatorActual, milestone.indicatorBaseline.toNumber(), milestone.indicatorTarget.toNumber());
      }
    }
    if (percent === null && input.indicatorActual === null) rowProblems.push({ row: rowNumber, column: "percent_complete", message: "errors.required" });
    if (input.status === "COMPLETED" && input.evidenceLinks.length === 0) rowProblems.push({ row: rowNumber, column: "evidence_url", message: "progress.errors.completedNeedsEvidence" });
    if (rowProblems.length > 0 || percent === null) {
      problems.push(...rowProblems);
      return;
    }
    candidates.push({ rowNumber, milestoneId: input.milestoneId, reportedOn: input.reportedOn, percentComplete: percent, indicatorActual: input.indicatorActual, status: input.status, narrative: input.narrative, blockers: input.blockers, evidenceLinks: input.evidenceLinks });
  });

  // Backwards without a status that explains it: a file cannot confirm, so it is a problem to fix.
  const byMilestone = new Map<string, ValidProgressRow[]>();
  for (const row of candidates) {
    const list = byMilestone.get(row.milestoneId);
    if (list) list.push(row);
    else byMilestone.set(row.milestoneId, [row]);
  }
  for (const [milestoneId, rows] of byMilestone) {
    const milestone = milestoneById.get(milestoneId);
    rows.sort((a, b) => a.reportedOn.getTime() - b.reportedOn.getTime() || a.rowNumber - b.rowNumber);
    let previous = milestone?.lastUpdateOn ? { on: milestone.lastUpdateOn, percent: milestone.percentComplete } : null;
    for (const row of rows) {
      // A row dated before the latest saved update fills in history; it is not compared with what came after it.
      const isBackdated = previous !== null && row.reportedOn < previous.on;
      if (previous && !isBackdated && row.percentComplete < previous.percent && row.status !== "AT_RISK" && row.status !== "OFF_TRACK") {
        problems.push({ row: row.rowNumber, column: "percent_complete", message: "imports.errors.backwards" });
      }
      if (!isBackdated) previous = { on: row.reportedOn, percent: row.percentComplete };
    }
  }
  const badRows = new Set(problems.map((problem) => problem.row));
  return { problems, valid: candidates.filter((row) => !badRows.has(row.rowNumber)) };
}

export async function validateImport(user: SessionUser, kind: ImportKind, table: NumberedRow[]): Promise<Validation> {
  const [headerRow, ...rows] = table;
  const header = (headerRow?.cells ?? []).map((name) => name.trim().toLowerCase());
  const headerRowNumber = headerRow?.number ?? 1;
  const headerProblems = checkHeader(kind, header, headerRowNumber);
  if (rows.length === 0) headerProblems.push({ row: headerRowNumber + 1, column: "", message: "imports.errors.noRows" });
  const firstTooMany = rows[maxImportRows];
  if (firstTooMany) headerProblems.push({ row: firstTooMany.number, column: "", message: `imports.errors.tooManyRows|max=${maxImportRows}` });
  if (headerProblems.length > 0) {
    return kind === "milestones" ? { kind, header, rows, problems: headerProblems, valid: [] } : { kind, header, rows, problems: headerProblems, valid: [] };
  }
  const records = toRecords(header, rows);
  if (kind === "milestones") {
    const { problems, valid } = await validateMilestones(user, records);
    return { kind, header, rows, problems: problems.sort((a, b) => a.row - b.row), valid };
  }
  const { problems, valid } = await validateProgress(user, records);
  return { kind, header, rows, problems: problems.sort((a, b) => a.row - b.row), valid };
}
