// Where uploaded files' bytes live, for the app and for the scripts that back them up and restore
// them (which cannot import the app's storage module: it is server-only and opens the database).
import path from "node:path";

export const storageDir = () => process.env.FILE_STORAGE_DIR ?? path.join(process.cwd(), ".data", "files");
