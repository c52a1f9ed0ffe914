// A capped list says so and links to the rest; a list shown whole says nothing.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ListPager } from "@/components/ui/list-pager";
import { pageFromQuery } from "@/lib/data/paging";
import { catalogs } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";

const t = createTranslator(catalogs.en, "en");
const render = (page: number, total: number) =>
  renderToStaticMarkup(createElement(ListPager, { list: { page, pageSize: 50, total }, hrefFor: (n: number) => `/list?page=${n}`, t, locale: "en" }));

describe("list pager", () => {
  it("says nothing when the whole list is shown", () => {
    expect(render(1, 50)).toBe("");
  });

  it("says which rows are shown out of how many, and links onwards and back", () => {
    const first = render(1, 312);
    expect(first).toContain("Showing 1–50 of 312.");
    expect(first).toContain('href="/list?page=2"');
    expect(first).not.toContain("Newer");
    const last = render(7, 312);
    expect(last).toContain("Showing 301–312 of 312.");
    expect(last).toContain('href="/list?page=6"');
    expect(last).not.toContain("Older");
  });

  it("reads the page from the URL, falling back to the first", () => {
    expect(pageFromQuery("3")).toBe(3);
    expect(pageFromQuery(["2", "5"])).toBe(2);
    expect(pageFromQuery("-1")).toBe(1);
    expect(pageFromQuery("abc")).toBe(1);
    expect(pageFromQuery(undefined)).toBe(1);
  });
});
