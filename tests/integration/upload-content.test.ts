// Uploads are what they claim: the content decides, Office files must be that Office format (not
// any zip), and archives that unpack to far more than they weigh are refused before parsing.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkUpload } from "@/lib/files/storage";
import { unique } from "../helpers/factories";
import { buildZip, minimalDocx } from "../helpers/zip";

const officeRules = { kinds: ["docx", "xlsx", "pdf"] as ("docx" | "xlsx" | "pdf")[], maxBytes: 10 * 1024 * 1024 };
const file = (bytes: Buffer, name: string) => new File([new Uint8Array(bytes)], name);

async function realXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Progress").addRow(["milestone", "percent"]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function refusal(upload: Promise<unknown>): Promise<string> {
  try {
    await upload;
  } catch (error) {
    return (error as { messageKey?: string }).messageKey ?? String(error);
  }
  return "accepted";
}

describe("uploads are checked for what they are", () => {
  it("accepts a real Word document and a real spreadsheet", async () => {
    await expect(checkUpload(file(await minimalDocx(), "minutes.docx"), officeRules, "file", unique("uploader"))).resolves.toMatchObject({ fileName: "minutes.docx" });
    await expect(checkUpload(file(await realXlsx(), "progress.xlsx"), officeRules, "file", unique("uploader"))).resolves.toMatchObject({ fileName: "progress.xlsx" });
  });

  it("refuses any other zip renamed .docx or .xlsx, and one Office format passed off as the other", async () => {
    const plainZip = await buildZip([{ name: "notes.txt", data: Buffer.from("not a document") }]);
    expect(await refusal(checkUpload(file(plainZip, "minutes.docx"), officeRules, "file", unique("uploader")))).toBe("errors.fileContentMismatch");
    expect(await refusal(checkUpload(file(plainZip, "progress.xlsx"), officeRules, "file", unique("uploader")))).toBe("errors.fileContentMismatch");
    expect(await refusal(checkUpload(file(await realXlsx(), "minutes.docx"), officeRules, "file", unique("uploader")))).toBe("errors.fileContentMismatch");
    expect(await refusal(checkUpload(file(await minimalDocx(), "progress.xlsx"), officeRules, "file", unique("uploader")))).toBe("errors.fileContentMismatch");
  });

  it("refuses a zip bomb quickly and with bounded memory, whether its headers are honest or lie", async () => {
    const honest = await buildZip([{ name: "[Content_Types].xml", data: Buffer.from("<Types/>") }, { name: "xl/worksheets/sheet1.xml", zeros: 160 * 1024 * 1024 }]);
    const lying = await buildZip([{ name: "[Content_Types].xml", data: Buffer.from("<Types/>") }, { name: "xl/worksheets/sheet1.xml", zeros: 160 * 1024 * 1024, declaredSize: 1024 }]);
    expect(honest.length).toBeLessThan(1024 * 1024);
    for (const bomb of [honest, lying]) {
      const before = process.memoryUsage();
      const started = performance.now();
      expect(await refusal(checkUpload(file(bomb, "progress.xlsx"), officeRules, "file", unique("uploader")))).toMatch(/errors\.(archiveTooLarge|fileContentMismatch)/);
      const after = process.memoryUsage();
      // 160 MB unpacked is never held: far less than that is ever allocated.
      expect(after.arrayBuffers + after.heapUsed - (before.arrayBuffers + before.heapUsed)).toBeLessThan(64 * 1024 * 1024);
      expect(performance.now() - started).toBeLessThan(20_000);
    }
    expect(await refusal(checkUpload(file(honest, "progress.xlsx"), officeRules, "file", unique("uploader")))).toBe("errors.archiveTooLarge");
  });

  it("refuses an archive with thousands of entries", async () => {
    const entries = Array.from({ length: 2_500 }, (_, index) => ({ name: `xl/part${index}.xml`, data: Buffer.from("<x/>") }));
    const many = await buildZip([{ name: "[Content_Types].xml", data: Buffer.from("<Types/>") }, ...entries]);
    expect(await refusal(checkUpload(file(many, "progress.xlsx"), officeRules, "file", unique("uploader")))).toBe("errors.archiveTooLarge");
  });
});
