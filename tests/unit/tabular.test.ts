import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsv, toXlsx, type Column } from "@/lib/export/tabular";

type Row = { title: string; count: number; signedOn: Date | null };
const columns: Column<Row>[] = [
  { header: "Title", value: (row) => row.title },
  { header: "Count", value: (row) => row.count },
  { header: "Signed on", value: (row) => row.signedOn },
];

describe("exports", () => {
  it("neutralise cells a spreadsheet would run as formulas", () => {
    for (const hostile of ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]) expect(neutraliseFormula(hostile)).toBe(`'${hostile}`);
    expect(neutraliseFormula("Digital economy")).toBe("Digital economy");
  });

  it("write CSV with a BOM, quoting, dates as YYYY-MM-DD and formulas defused", () => {
    const csv = toCsv([{ title: 'Talent, "AI" 人才', count: 3, signedOn: new Date("2025-04-16T00:00:00Z") }, { title: "=cmd()", count: -1, signedOn: null }], columns);
    expect(csv).toBe('\uFEFFTitle,Count,Signed on\r\n"Talent, ""AI"" 人才",3,2025-04-16\r\n\'=cmd(),-1,\r\n');
  });

  it("write XLSX that reads back with the same values", async () => {
    const buffer = await toXlsx([{ title: "@evil", count: 7, signedOn: null }], columns, "Agreements");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
    const sheet = workbook.getWorksheet("Agreements");
    expect(sheet?.getRow(1).values).toEqual([undefined, "Title", "Count", "Signed on"]);
    expect(sheet?.getRow(2).getCell(1).value).toBe("'@evil");
    expect(sheet?.getRow(2).getCell(2).value).toBe(7);
  });
});
