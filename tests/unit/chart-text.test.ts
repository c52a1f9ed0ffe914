import { describe, expect, it } from "vitest";
import { fitText, spacedLabelIndices, textWidth } from "@/components/dashboard/chart-text";

describe("chart text", () => {
  it("counts a Chinese character as a full em and a Latin letter as a little over half", () => {
    expect(textWidth("2026年1月", 10)).toBeCloseTo(4 * 6.2 + 2 * 10 + 6.2);
    expect(textWidth("Jan 2026", 10)).toBeCloseTo(8 * 6.2);
  });

  it("shortens a label to the width it has, and leaves one that fits alone", () => {
    expect(fitText("Short", 100, 10)).toBe("Short");
    const fitted = fitText("马来西亚与中国数字经济合作谅解备忘录", 100, 10);
    expect(fitted.endsWith("…")).toBe(true);
    expect(textWidth(fitted, 10)).toBeLessThanOrEqual(100);
  });

  it("thins month labels so that shown ones never touch, always keeping the latest", () => {
    const months = Array.from({ length: 24 }, (_, index) => `${2025 + Math.floor(index / 12)}年${(index % 12) + 1}月`);
    const spacing = 566 / 23;
    const shown = [...spacedLabelIndices(months, spacing, 10)].sort((a, b) => a - b);
    expect(shown.at(-1)).toBe(23);
    const widest = Math.max(...months.map((month) => textWidth(month, 10)));
    for (let index = 1; index < shown.length; index += 1) {
      expect((shown[index]! - shown[index - 1]!) * spacing).toBeGreaterThanOrEqual(widest);
    }
    // The old rule (every second label of 24) would have let them collide.
    expect(2 * spacing).toBeLessThan(widest);
  });

  it("shows every label when there is room", () => {
    expect(spacedLabelIndices(["a", "b", "c"], 100, 10)).toEqual(new Set([0, 1, 2]));
  });
});
