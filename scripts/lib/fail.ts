// How a script stops: a refusal or failure written for people (the embedded database is in use,
// damaged…) is printed as it is; anything else with its cause.
import { EmbeddedDatabaseError } from "../../lib/embedded-db/messages";

export function exitWithError(what: string, error: unknown): never {
  if (error instanceof EmbeddedDatabaseError) console.error(error.message);
  else console.error(`${what}:`, error);
  process.exit(1);
}
