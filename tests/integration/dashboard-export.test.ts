// The briefing's figures download: the same numbers as the dashboard, as CSV and XLSX, only for
// managers and administrators.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/dashboard/figures/route";
import { actAs } from "../helpers/request";
import { createUser } from "../helpers/factories";
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
    expect(value("Instruments", "Instruments")).toBe("3");
    expect(value("Instruments", "Expiring soon")).toBe("1");
    expect(value("Milestones", "Overdue")).toBe("2");
    expect(value("Milestones", "Due within 30 days")).toBe("1");
    expect(value("Action items", "Overdue")).toBe("2");
    // (3×75 + 2×85 + 40 + 30 + 2×100 + 100 + 0) / 11 = 69.5…
    expect(value("Overall progress", "Weighted progress")).toBe("69.5");
    expect(value("Malaysia and China: Milestones", "Malaysia — Average days late")).toBe("35");
    expect(rows.filter((row) => row[0] === "Trend")).toHaveLength(24);

    const chinaOnly = csvRows(await (await GET(request(`format=csv&side=CHINA&agreement=${portfolio.agreements.A.id}`))).text());
    expect(chinaOnly.find((row) => row[0] === "Milestones" && row[1] === "Milestones")?.[2]).toBe("2");
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
    expect(values).toContainEqual(["Instruments", "Instruments", 3]);
    expect(values.filter((row) => row[0] === "Trend")).toHaveLength(12);
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
