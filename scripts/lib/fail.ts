// How a script stops: a refusal or failure written for people (the embedded database is in use,
// damaged, a backup that does not check out…) is printed as it is; anything else with its cause.
import { EmbeddedDatabaseError } from "../../lib/embedded-db/messages";

/** A refusal a script explains in its own words (a damaged backup, a folder that exists…). */
export class Refusal extends Error {}

export function exitWithError(what: string, error: unknown): never {
  if (error instanceof EmbeddedDatabaseError || error instanceof Refusal) console.error(error.message);
  else console.error(`${what}:`, error);
  process.exit(1);
}
