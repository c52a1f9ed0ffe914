// Cursor pagination for /api/v1: rows in id order, the cursor is the last id seen (opaque to
// callers, base64url). Keyset paging stays correct while rows are added, and costs the same on
// the thousandth page as on the first.
export const defaultPageSize = 50;

export function encodeCursor(lastId: string): string {
  return Buffer.from(lastId, "utf8").toString("base64url");
}

/** The id after which the page starts; an unreadable cursor starts at the beginning. */
export function decodeCursor(cursor: string | undefined): string | null {
  if (!cursor) return null;
  const id = Buffer.from(cursor, "base64url").toString("utf8");
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}

/** The Prisma arguments of one page: one row more than asked, to know whether another page follows. */
export function keysetArgs(query: { cursor?: string; limit?: number }) {
  const after = decodeCursor(query.cursor);
  const take = query.limit ?? defaultPageSize;
  return { after: after ? { id: { gt: after } } : {}, orderBy: { id: "asc" as const }, take: take + 1, limit: take };
}

export function pageOf<Row extends { id: string }, Out>(rows: Row[], limit: number, map: (row: Row) => Out): { data: Out[]; next: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { data: page.map(map), next: rows.length > limit && last ? encodeCursor(last.id) : null };
}
