// Turns an uploaded CSV or XLSX file into rows of text cells (first sheet for XLSX), so both
// formats are validated by the same code. Each row keeps the number the spreadsheet shows.
import "server-only";
import ExcelJS from "exceljs";
import { parseCsvRows, type NumberedRow } from "./csv";

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("error" in value) return "";
    return "";
  }
  return String(value);
}

export async function readXlsxRows(bytes: Buffer): Promise<NumberedRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: NumberedRow[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column += 1) cells.push(cellText(row.getCell(column).value).trim());
    if (cells.some((cell) => cell !== "")) rows.push({ number: row.number, cells });
  });
  return rows;
}

export async function readTable(upload: { fileName: string; bytes: Buffer }): Promise<NumberedRow[]> {
  if (upload.fileName.toLowerCase().endsWith(".xlsx")) return readXlsxRows(upload.bytes);
  return parseCsvRows(upload.bytes.toString("utf8")).map((row) => ({ number: row.number, cells: row.cells.map((cell) => cell.trim()) }));
}
