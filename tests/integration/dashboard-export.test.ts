// The briefing's figures download: the same numbers as the dashboard, as CSV and XLSX, only for
// managers and administrators.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/dashboard/figures/route";
import { actAs } from "../helpers/request";
import { createUser, testDb } from "../helpers/factories";
import { createDashboardPortfolio } from "../helpers/dashboard-factories";

let portfolio: Awaited<ReturnType<typeof createDashboardPortfolio>>;

beforeAll(async () => {
  portfolio = await createDashboardPortfolio();
});

const request = (query: string) => new Request(`http://localhost/api/dashboard/figures?${query}`);

function csvRows(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .map((line) => line.split(","));
}

describe("briefing figures download", () => {
  it("gives a manager the figures as CSV, with the filters applied", async () => {
    actAs(await createUser({ role: "MANAGER" }));
    const response = await GET(request("format=csv"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="dashboard-figures-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = csvRows(await response.text());
    expect(rows[0]).toEqual(["Section", "Measure", "Value"]);
    const value = (section: string, measure: string) => rows.find((row) => row[0] === section && row[1] === measure)?.[2];
    expect(value("Instruments", "Instruments in total")).toBe("3");
    expect(value("Instruments", "Instruments expiring soon")).toBe("1");
    expect(value("Milestones", "Open milestones by due date: Overdue")).toBe("2");
    expect(value("Milestones", "Open milestones by due date: Due within 30 days")).toBe("1");
    expect(value("Action items", "Action items not yet done and past their due date")).toBe("2");
    // (3×75 + 2×85 + 40 + 30 + 2×100 + 100 + 0) / 11 = 69.5…
    expect(value("Overall progress", "Weighted progress of all milestones")).toBe("69.5");
    expect(value("Malaysia and China: Milestones", "Milestones (Malaysia): Average days late")).toBe("35");
    expect(rows.filter((row) => row[0] === "Trend")).toHaveLength(24);

    const chinaOnly = csvRows(await (await GET(request(`format=csv&side=CHINA&agreement=${portfolio.agreements.A.id}`))).text());
    expect(chinaOnly.find((row) => row[0] === "Milestones" && row[1] === "Milestones in total")?.[2]).toBe("2");
  });

  it("gives the same rows as an Excel workbook", async () => {
    actAs(await createUser({ role: "ADMIN" }));
    const response = await GET(request("format=xlsx&period=6"));
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet("Figures");
    expect(sheet?.getRow(1).values).toEqual([undefined, "Section", "Measure", "Value"]);
    const values: unknown[][] = [];
    sheet?.eachRow((row) => values.push(Array.isArray(row.values) ? row.values.slice(1) : []));
    expect(values).toContainEqual(["Instruments", "Instruments in total", 3]);
    const measures = values.slice(1).map((row) => row[1]);
    expect(measures.length).toBeGreaterThan(50);
    expect(new Set(measures).size).toBe(measures.length);
    expect(values.filter((row) => row[0] === "Trend")).toHaveLength(12);
  });

  it("names every figure by what it counts: no two measures share a label, in any language", async () => {
    const reader = await createUser({ role: "MANAGER" });
    for (const locale of ["en", "ms", "zh"] as const) {
      await testDb.user.update({ where: { id: reader.id }, data: { locale } });
      actAs(reader);
      const rows = csvRows(await (await GET(request("format=csv"))).text()).slice(1);
      const measures = rows.map((row) => row[1]);
      expect(measures.length, locale).toBeGreaterThan(50);
      const repeated = measures.filter((measure, index) => measures.indexOf(measure) !== index);
      expect(repeated, locale).toEqual([]);
    }
    // What used to read "On track" twice (by due date and by reported status) now says which.
    actAs(await createUser({ role: "MANAGER" }));
    const rows = csvRows(await (await GET(request("format=csv"))).text());
    expect(rows.filter((row) => row[1]?.endsWith("On track")).map((row) => row[1])).toEqual([
      "Open milestones by due date: On track",
      "Milestones by reported status: On track",
    ]);
  });

  it("answers 401 to anonymous callers and 404 to roles without dashboards", async () => {
    actAs(null);
    expect((await GET(request("format=csv"))).status).toBe(401);
    actAs(await createUser({ role: "OFFICER" }));
    expect((await GET(request("format=csv"))).status).toBe(404);
    actAs(await createUser({ role: "WG_MEMBER" }));
    expect((await GET(request("format=xlsx"))).status).toBe(404);
  });
});
