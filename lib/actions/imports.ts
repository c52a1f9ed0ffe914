"use server";
// Bulk import of milestones or progress updates. Preview checks every row and writes nothing;
// confirm receives the same file again, checks it again in full (nothing the browser kept is
// trusted) and writes all rows in one transaction, or none when any row has a problem.
// Both go through defineAction, which establishes the user first (as requireUser does).
import { createHash } from "node:crypto";
import { revalidatePath } from "next/cache";
import { defineAction } from "./define-action";
import { RuleError } from "./errors";
import { ForbiddenError } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/session-user";
import { canImportMilestones } from "@/lib/permissions";
import { checkUpload } from "@/lib/files/storage";
import { CsvError } from "@/lib/import/csv";
import { readTable } from "@/lib/import/read-table";
import { maxImportBytes, type ImportProblem } from "@/lib/import/columns";
import { validateImport, type Validation } from "@/lib/import/validate";
import { writeMilestones, writeProgress } from "@/lib/import/write";
import { importFileSchema, type ImportFileInput } from "@/lib/schemas/imports";

export interface ImportPreview {
  kind: ImportFileInput["kind"];
  fileName: string;
  sha256: string;
  header: string[];
  /** The first rows, as the file has them, for the preview table. */
  sample: string[][];
  rowCount: number;
  problems: ImportProblem[];
  written: number;
}

const sampleSize = 200;
const problemLimit = 1000;

async function check(user: SessionUser, input: ImportFileInput): Promise<{ sha256: string; fileName: string; validation: Validation }> {
  if (!canImportMilestones(user)) throw new ForbiddenError();
  const upload = await checkUpload(input.file, { kinds: ["csv", "xlsx"], maxBytes: maxImportBytes }, "file", user.id);
  const sha256 = createHash("sha256").update(upload.bytes).digest("hex");
  let table: string[][];
  try {
    table = await readTable(upload);
  } catch (error) {
    if (error instanceof CsvError) throw new RuleError(`${error.messageKey}|line=${error.line}`, "file");
    throw new RuleError("imports.errors.unreadable", "file");
  }
  return { sha256, fileName: upload.fileName, validation: await validateImport(user, input.kind, table) };
}

function preview(input: ImportFileInput, checked: Awaited<ReturnType<typeof check>>, written: number): ImportPreview {
  const { validation } = checked;
  return {
    kind: input.kind,
    fileName: checked.fileName,
    sha256: checked.sha256,
    header: validation.header,
    sample: validation.rows.slice(0, sampleSize),
    rowCount: validation.rows.length,
    problems: validation.problems.slice(0, problemLimit),
    written,
  };
}

export const previewImport = defineAction(importFileSchema, async ({ user, input }) => {
  const checked = await check(user, input);
  return { data: preview(input, checked, 0) };
});

export const confirmImport = defineAction(importFileSchema, async ({ user, input }) => {
  if (!input.sha256) throw new RuleError("imports.errors.previewFirst", "file");
  const checked = await check(user, input);
  if (checked.sha256 !== input.sha256) throw new RuleError("imports.errors.fileChanged", "file");
  const { validation } = checked;
  if (validation.problems.length > 0) return { data: preview(input, checked, 0) };
  const written =
    validation.kind === "milestones" ? await writeMilestones(user, validation.valid, checked.sha256) : await writeProgress(user, validation.valid, checked.sha256);
  revalidatePath("/milestones");
  return { data: preview(input, checked, written) };
});
