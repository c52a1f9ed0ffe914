// A list shown only up to a limit, with how many there are in all, so the page can say
// "Showing 20 of 143" (components/ui/capped-note.tsx) instead of stopping silently. One row past
// the limit is read: the count runs only when the list really was cut.
export interface Capped<Row> {
  rows: Row[];
  /** Every matching row, not only those shown. */
  total: number;
}

export async function findCapped<Row>(limit: number, find: (take: number) => Promise<Row[]>, count: () => Promise<number>): Promise<Capped<Row>> {
  const rows = await find(limit + 1);
  if (rows.length <= limit) return { rows, total: rows.length };
  return { rows: rows.slice(0, limit), total: await count() };
}
