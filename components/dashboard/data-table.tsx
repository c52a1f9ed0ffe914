// The table behind every chart (and the figures themselves): a caption, column headers with
// scope, and row headers for the first column.
import type { ReactNode } from "react";

export function DataTable({ caption, columns, rows, captionVisible = false }: { caption: string; columns: string[]; rows: { key: string; cells: ReactNode[] }[]; captionVisible?: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table className="mt-3 min-w-full divide-y divide-gray-200 text-sm">
        <caption className={captionVisible ? "mb-2 text-left text-sm font-medium text-gray-800" : "sr-only"}>{caption}</caption>
        <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-600">
          <tr>
            {columns.map((column, index) => (
              <th key={`${column}-${index}`} scope="col" className={`px-3 py-2 ${index > 0 ? "text-right" : ""}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className="px-3 py-2 text-left font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className="px-3 py-2 text-right tabular-nums">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
