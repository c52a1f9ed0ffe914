// `npm start` asks this first: a second app on a data directory that a live app owns stops here,
// at once, with the plain message (another folder is fine).
import { resolveDatabaseTarget } from "../lib/db-config";
import { inUseMessage, whatToDo } from "../lib/embedded-db/messages";
import { readLiveOwner } from "../lib/embedded-db/owner-lock";

const target = resolveDatabaseTarget();
const owner = target.kind === "pglite" ? readLiveOwner(target.dataDir) : null;
if (target.kind === "pglite" && owner) {
  console.error(inUseMessage(target.dataDir, owner, whatToDo.start));
  process.exit(1);
}
