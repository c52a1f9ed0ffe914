// Exports of lists (CSV and XLSX) with one set of columns for both formats. Cells that a
// spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) are
// neutralised with a leading apostrophe.
import ExcelJS from "exceljs";
import { todayIso } from "@/lib/dates";

export interface Column<Row> {
  header: string;
  value: (row: Row) => string | number | Date | null | undefined;
}

const formulaStart = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

function cellText(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === "number" ? String(value) : neutraliseFormula(value);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark, so spreadsheet programs read Malay and Chinese correctly. */
export function toCsv<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const lines = [columns.map((column) => csvField(neutraliseFormula(column.header))).join(",")];
  for (const row of rows) lines.push(columns.map((column) => csvField(cellText(column.value(row)))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export async function toXlsx<Row>(rows: readonly Row[], columns: readonly Column<Row>[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(columns.map((column) => neutraliseFormula(column.header))).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      columns.map((column) => {
        const value = column.value(row);
        if (value === null || value === undefined) return null;
        return typeof value === "string" ? neutraliseFormula(value) : value;
      }),
    );
  }
  sheet.columns.forEach((column) => {
    column.width = 24;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function exportResponse(body: string | Buffer, format: "csv" | "xlsx", baseName: string): Response {
  const stamp = todayIso();
  const type = format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${baseName}-${stamp}.${format}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
