// The table behind every chart (and the figures themselves): the first column names the row, the
// others are figures, aligned to the end so their digits line up. Widgets give cells by position,
// which suits a grid of figures; the markup is the shared table's.
import type { ReactNode } from "react";
import { DataTable, type Column } from "@/components/ui/data-table";

interface FiguresRow {
  key: string;
  cells: ReactNode[];
}

export function FiguresTable({
  caption,
  columns,
  rows,
  captionVisible = false,
  wideFirstColumn = false,
}: {
  caption: string;
  columns: string[];
  rows: FiguresRow[];
  captionVisible?: boolean;
  /** For rows named by long titles beside many figures: the table scrolls rather than squeeze the titles. */
  wideFirstColumn?: boolean;
}) {
  const figureColumns: Column<FiguresRow>[] = columns.map((header, index) => ({
    key: `${header}-${index}`,
    header,
    cell: (row) => row.cells[index],
    ...(index > 0 ? { align: "end", className: "tabular-nums" } : wideFirstColumn ? { className: "min-w-64" } : {}),
  }));
  return (
    <div className="mt-3">
      <DataTable caption={caption} captionVisible={captionVisible} columns={figureColumns} rows={rows} rowKey={(row) => row.key} rowHeader />
    </div>
  );
}
