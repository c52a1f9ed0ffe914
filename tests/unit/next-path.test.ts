import { describe, expect, it } from "vitest";
import { loginPathFor, safeNextPath } from "@/lib/auth/next-path";

describe("where sign-in leads", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeNextPath("/milestones/abc")).toBe("/milestones/abc");
    expect(safeNextPath("/inbox?kind=MEETING_SCHEDULED&unread=1")).toBe("/inbox?kind=MEETING_SCHEDULED&unread=1");
    expect(loginPathFor("/milestones/abc")).toBe("/login?next=%2Fmilestones%2Fabc");
  });

  it("never follows another site, however it is dressed", () => {
    for (const hostile of [
      "https://evil.example/milestones",
      "//evil.example/x",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "/%0d%0aLocation:%20https://evil.example",
      "/\n/evil.example",
      "evil.example",
      "",
      undefined,
      ["/a", "/b"],
      "/login?next=/x",
    ]) {
      const result = safeNextPath(hostile);
      expect(result.startsWith("/") && !result.startsWith("//"), String(hostile)).toBe(true);
      expect(new URL(result, "https://mou.example").origin).toBe("https://mou.example");
    }
    expect(safeNextPath("https://evil.example/milestones")).toBe("/");
    expect(safeNextPath("//evil.example/x")).toBe("/");
    expect(safeNextPath("/login?next=/x")).toBe("/");
    expect(loginPathFor("/")).toBe("/login");
  });
});
