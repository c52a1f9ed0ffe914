import { describe, expect, it } from "vitest";
import { formatDate, toIsoDate } from "@/lib/format";

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
