// At server start (instrumentation.ts): half-configured object storage stops the server at once
// with the names of the missing settings, rather than failing at the first upload.
import { s3SettingsFrom } from "./index";

export function requireValidStorageSettings(): void {
  try {
    s3SettingsFrom();
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
