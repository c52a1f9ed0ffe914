// A list that shows only part of its rows says so: the data gives the rows shown and how many
// there are in all (lib/data/capped.ts), and the note says "Showing 200 of 203" in each language.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { CappedNote } from "@/components/ui/capped-note";
import { findCapped } from "@/lib/data/capped";
import { getActionItemDetail } from "@/lib/data/action-items";
import { catalogs } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { actAs } from "../helpers/request";
import { testDb } from "../helpers/factories";
import { createActionItemRow, createGroupFixture, type GroupFixture } from "../helpers/groups-factories";

let fixture: GroupFixture;
let itemId: string;

beforeAll(async () => {
  fixture = await createGroupFixture();
  const item = await createActionItemRow(fixture, {});
  itemId = item.id;
  const start = Date.UTC(2026, 0, 1);
  await testDb.actionItemComment.createMany({
    data: Array.from({ length: 203 }, (_, index) => ({ actionItemId: item.id, authorId: fixture.myMember.user.id, body: `Comment ${index + 1}`, createdAt: new Date(start + index * 60_000) })),
  });
});

describe("a capped list", () => {
  it("counts only when the list was cut", async () => {
    let counted = 0;
    const count = async () => ((counted += 1), 99);
    expect(await findCapped(3, async (take) => [1, 2, 3].slice(0, take), count)).toEqual({ rows: [1, 2, 3], total: 3 });
    expect(counted).toBe(0);
    expect(await findCapped(2, async (take) => [1, 2, 3].slice(0, take), count)).toEqual({ rows: [1, 2], total: 99 });
    expect(counted).toBe(1);
  });

  it("an action item's comments: the newest 200 of 203, oldest first, and the total", async () => {
    actAs(fixture.myMember.user);
    const detail = await getActionItemDetail(itemId);
    expect(detail?.comments.total).toBe(203);
    expect(detail?.comments.rows).toHaveLength(200);
    expect(detail?.comments.rows[0]?.body).toBe("Comment 4");
    expect(detail?.comments.rows.at(-1)?.body).toBe("Comment 203");
  });

  it("says it is capped, in each language, and nothing when whole", () => {
    const note = (locale: "en" | "ms" | "zh", shown: number, total: number) =>
      renderToStaticMarkup(createElement(CappedNote, { shown, total, href: "/all", t: createTranslator(catalogs[locale], locale) }));
    expect(note("en", 200, 1203)).toContain("Showing 200 of 1,203.");
    expect(note("en", 200, 1203)).toContain('href="/all"');
    expect(note("ms", 200, 1203)).toContain("Memaparkan 200 daripada 1,203.");
    expect(note("zh", 200, 1203)).toContain("显示 200 项，共 1,203 项。");
    expect(note("en", 20, 20)).toBe("");
  });
});
