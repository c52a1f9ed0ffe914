// Names shared by the global and per-file database setup.
import path from "node:path";

/** Per test run, so runs side by side never rebuild each other's template. */
export const pgliteTemplateDir = process.env.TEST_PGLITE_TEMPLATE ?? path.join(import.meta.dirname, `../../.data/test-template-${process.pid}`);

/** The template database next to the one DATABASE_URL names: `<name>_template`. */
export function postgresUrlWithDatabase(url: string, databaseName: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${databaseName}`;
  return parsed.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${host}).`);
  }
}
