import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMonth, formatNumber, toIsoDate } from "@/lib/format";

describe("dates", () => {
  const signing = new Date("2025-04-16T00:00:00Z");

  it("show the signing day the same in every language and time zone", () => {
    expect(formatDate(signing, "en")).toBe("16 April 2025");
    expect(formatDate(signing, "ms")).toBe("16 April 2025");
    expect(formatDate(signing, "zh")).toBe("2025年4月16日");
    expect(formatDate(null, "en")).toBe("—");
  });

  it("write calendar dates as YYYY-MM-DD", () => {
    expect(toIsoDate(signing)).toBe("2025-04-16");
  });
});

describe("reused formatters", () => {
  it("keep each locale's and each option set's own formatter", () => {
    const moment = new Date("2025-04-16T02:30:00Z");
    expect(formatNumber(0.125, "en", { style: "percent", maximumFractionDigits: 1 })).toBe("12.5%");
    expect(formatNumber(0.125, "en")).toBe("0.125");
    expect(formatNumber(0.125, "en", { style: "percent", maximumFractionDigits: 1 })).toBe("12.5%");
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(formatNumber(1234.5, "ms")).toBe("1,234.5");
    expect(formatMonth(moment, "en")).toBe("Apr 2025");
    expect(formatMonth(moment, "zh")).toBe("2025年4月");
    expect(formatDateTime(moment, "en")).not.toBe(formatDateTime(moment, "en", "UTC"));
  });
});
