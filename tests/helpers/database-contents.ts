// Everything a database holds, read without knowing its schema: every table in the schema (found
// in information_schema), every column of every row. Used to prove that a refused call wrote
// nothing and that a restored backup holds exactly what was backed up.
interface RawClient {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

export interface ColumnDescription {
  table: string;
  column: string;
  type: string;
  nullable: string;
}

/** Every base table of the current schema, sorted (Prisma's migration history included). */
export async function listTables(client: RawClient): Promise<string[]> {
  const rows = await client.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

/** Every column of every table with its type, so a restore that lost or retyped a column is seen. */
export async function listColumns(client: RawClient): Promise<ColumnDescription[]> {
  const rows = await client.$queryRawUnsafe<{ table_name: string; column_name: string; data_type: string; is_nullable: string }[]>(
    `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
     WHERE table_schema = current_schema() ORDER BY table_name, column_name`,
  );
  return rows.map((row) => ({ table: row.table_name, column: row.column_name, type: row.data_type, nullable: row.is_nullable }));
}

/** Every trigger (the append-only guards, the trend rollup): a restore must bring them back too. */
export async function listTriggers(client: RawClient): Promise<string[]> {
  const rows = await client.$queryRawUnsafe<{ trigger: string }[]>(
    `SELECT DISTINCT event_object_table || '.' || trigger_name || ' ' || action_timing || ' ' || event_manipulation AS trigger
     FROM information_schema.triggers WHERE trigger_schema = current_schema() ORDER BY 1`,
  );
  return rows.map((row) => row.trigger);
}

const quoted = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Every row of one table, every column, as JSON text (sorted, so row order does not matter). */
export async function tableRows(client: RawClient, table: string): Promise<string[]> {
  const rows = await client.$queryRawUnsafe<{ row: string }[]>(`SELECT to_jsonb(t)::text AS row FROM ${quoted(table)} t ORDER BY 1`);
  return rows.map((row) => row.row);
}

/** Table name → its rows, for every table. */
export async function databaseContents(client: RawClient): Promise<Record<string, string[]>> {
  const contents: Record<string, string[]> = {};
  for (const table of await listTables(client)) contents[table] = await tableRows(client, table);
  return contents;
}
