// One page of a list that is too long to show whole: the rows, which page, and how many there
// are in all, so the page can say "Showing 51–100 of 312" and link to the rest.
export interface ListPage<Row> {
  rows: Row[];
  page: number;
  pageSize: number;
  total: number;
}

/** A page number from the URL: a positive whole number, else the first page. */
export function pageFromQuery(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page > 0 ? page : 1;
}

export function pageWindow(page: number, pageSize: number): { skip: number; take: number } {
  return { skip: (page - 1) * pageSize, take: pageSize };
}
