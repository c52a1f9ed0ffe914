// Merges interface strings into messages/en.json, ms.json and zh.json in one locked step, so
// several people (or agents) can add strings at once without overwriting each other.
//   node scripts/i18n-add.mjs strings.json
// where strings.json is { "en": {...}, "ms": {...}, "zh": {...} } with the same nested keys.
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const input = JSON.parse(readFileSync(process.argv[2], "utf8"));
const lock = path.join(root, "messages", ".lock");

function deepMerge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === "object" && !Array.isArray(value)) target[key] = deepMerge(target[key] ?? {}, value);
    else target[key] = value;
  }
  return target;
}

const deadline = Date.now() + 30_000;
for (;;) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (Date.now() > deadline) throw new Error("messages/.lock is held for too long; remove it if no merge is running");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
try {
  for (const locale of ["en", "ms", "zh"]) {
    if (!input[locale]) throw new Error(`strings for "${locale}" are missing`);
    const file = path.join(root, "messages", `${locale}.json`);
    const merged = deepMerge(JSON.parse(readFileSync(file, "utf8")), input[locale]);
    writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  }
  console.log("Merged into messages/en.json, ms.json, zh.json");
} finally {
  rmdirSync(lock);
}
