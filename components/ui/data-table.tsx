// Every table of rows in the app: one look and the same semantics everywhere (a caption, column
// headers with scope, row headers where the first column names the row), so a reader who knows
// one table knows them all. Free of server-only imports (its one hook, useId, runs on the server
// too), so client forms use it too.
import { useId, type ReactNode } from "react";

export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Applies to the body cells of the column. */
  className?: string;
  align?: "start" | "end";
  /** On the column the rows are sorted by, so assistive technology announces the order. */
  sort?: "ascending" | "descending";
}

interface DataTableProps<Row> {
  caption: ReactNode;
  /** A caption is for screen readers unless the table stands without a heading of its own. */
  captionVisible?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** The first column names each row (a measure, a field, a file row), so it is a row header. */
  rowHeader?: boolean;
  /** A bordered card for a table that stands on the page; inside a section it would be a box in a box. */
  framed?: boolean;
  /** Shown in a single row when there are no rows, where the table itself must stay on the page. */
  empty?: ReactNode;
  rowClassName?: (row: Row, index: number) => string | undefined;
  /** The id of a heading that names the table better than its caption (the scroll region's name). */
  scrollLabelledBy?: string;
}

const alignClass = { start: "text-start", end: "text-end" } as const;

function classes(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

export function DataTable<Row>({
  caption,
  captionVisible = false,
  columns,
  rows,
  rowKey,
  rowHeader = false,
  framed = false,
  empty,
  rowClassName,
  scrollLabelledBy,
}: DataTableProps<Row>) {
  const captionId = useId();
  // A table wider than its card scrolls inside its own box; the box is a named, focusable region
  // so a keyboard user can scroll it too (a table of plain text has nothing else to take focus).
  // Its width comes from the card, never from the table (contain: inline-size), or a grid or flex
  // card would stretch to the table's width and push the page sideways. It is positioned so that
  // screen-reader-only text in far columns scrolls with the table instead of widening the page.
  return (
    <div
      role="region"
      tabIndex={0}
      aria-labelledby={scrollLabelledBy ?? captionId}
      className={classes(
        "relative max-w-full overflow-x-auto [contain:inline-size] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-primary-600",
        framed && "rounded-lg border border-gray-200 bg-white shadow-sm",
      )}
    >
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <caption id={captionId} className={captionVisible ? "mb-2 text-start text-sm font-medium text-gray-800" : "sr-only"}>
          {caption}
        </caption>
        <thead className="bg-gray-50 text-xs font-semibold uppercase tracking-wide text-gray-600">
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" aria-sort={column.sort} className={classes("px-3 py-2", alignClass[column.align ?? "start"])}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.length === 0 && empty ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-2 text-gray-600">
                {empty}
              </td>
            </tr>
          ) : null}
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} className={classes("align-top", rowClassName?.(row, index))}>
              {columns.map((column, columnIndex) => {
                const className = classes("px-3 py-2", alignClass[column.align ?? "start"], column.className);
                return rowHeader && columnIndex === 0 ? (
                  <th key={column.key} scope="row" className={classes(className, "font-normal")}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={className}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
