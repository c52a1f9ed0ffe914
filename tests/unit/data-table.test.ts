import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, type Column } from "@/components/ui/data-table";

interface Row {
  id: string;
  name: string;
  count: number;
}

const columns: Column<Row>[] = [
  { key: "name", header: "Name", cell: (row) => row.name, sort: "ascending" },
  { key: "count", header: "Count", cell: (row) => row.count, align: "end" },
];
const rows: Row[] = [
  { id: "a", name: "Alpha", count: 1 },
  { id: "b", name: "Beta", count: 2 },
];

function render(props: Partial<Parameters<typeof DataTable<Row>>[0]> = {}): string {
  return renderToStaticMarkup(createElement(DataTable<Row>, { caption: "Things", columns, rows, rowKey: (row) => row.id, ...props }));
}

describe("data table", () => {
  it("names itself with a caption for screen readers unless asked to show it", () => {
    expect(render()).toMatch(/<caption id="[^"]+" class="sr-only">Things<\/caption>/);
    expect(render({ captionVisible: true })).not.toContain("sr-only");
  });

  it("scopes column headers and announces the sorted column", () => {
    const html = render();
    expect(html.match(/<th scope="col"/g)).toHaveLength(2);
    expect(html).toContain('aria-sort="ascending"');
    expect(html.match(/aria-sort/g)).toHaveLength(1);
  });

  it("makes the first column row headers only when asked", () => {
    expect(render()).not.toContain('scope="row"');
    const html = render({ rowHeader: true });
    expect(html.match(/<th scope="row"[^>]*>Alpha<\/th>/)).not.toBeNull();
    expect(html.match(/<td[^>]*>2<\/td>/)).not.toBeNull();
  });

  it("shows the empty text across every column only when it is given", () => {
    expect(render({ rows: [] })).toContain('<tbody class="divide-y divide-gray-100"></tbody>');
    expect(render({ rows: [], empty: "Nothing yet" })).toContain('<td colSpan="2"');
  });

  it("scrolls a wide table inside a focusable region named by its caption", () => {
    const html = render();
    const captionId = /<caption id="([^"]+)"/.exec(html)?.[1];
    expect(captionId).toBeTruthy();
    expect(html).toContain(`<div role="region" tabindex="0" aria-labelledby="${captionId}" class="relative max-w-full overflow-x-auto`);
  });

  it("lets a heading name the region instead of the caption", () => {
    expect(render({ scrollLabelledBy: "heading" })).toContain('role="region" tabindex="0" aria-labelledby="heading"');
  });
});
