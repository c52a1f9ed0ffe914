// Which catalog sections (and packages) each route's client components use, found by reading the code:
// from a page (or error/loading/not-found boundary, or layout) follow its imports; everything
// reached from a "use client" module runs in the browser, and every `"section.` string in it (a
// message key, or an error key an action it calls can answer with) needs that section sent.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import en from "@/messages/en.json";
import type { Namespace } from "@/lib/i18n/translate";

export const projectRoot = path.join(import.meta.dirname, "../..");
const namespaces = Object.keys(en) as Namespace[];
const keyPattern = new RegExp(`["'\`](${namespaces.join("|")})\\.[A-Za-z$]`, "g");
const importPattern = /(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? path.join(projectRoot, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : undefined;
  if (!base) return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile() && /\.tsx?$/.test(candidate)) return candidate;
  }
  return undefined;
}

const sourceCache = new Map<string, string>();
function source(file: string): string {
  let text = sourceCache.get(file);
  if (text === undefined) {
    text = readFileSync(file, "utf8");
    sourceCache.set(file, text);
  }
  return text;
}

const isClientModule = (text: string) => /^\s*(?:\/\/[^\n]*\n\s*)*["']use client["']/.test(text);

/**
 * Calls `onClientModule` for every module of `entry`'s client side (reached from a "use client"
 * module), with the specifiers it imports. Type-only imports are erased from the browser's
 * script: followed only when `followTypeImports` (a message key in a type still reaches the page).
 */
function walkClientSide(entry: string, followTypeImports: boolean, onClientModule: (text: string, specifiers: string[]) => void): void {
  const seen = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    const visitKey = `${file}|${inClient}`;
    if (seen.has(visitKey) || file.includes(`${path.sep}lib${path.sep}generated${path.sep}`)) return;
    seen.add(visitKey);
    const text = source(file);
    // A server action module imported by a client component reaches the browser as a reference only.
    if (inClient && /^\s*(?:\/\/[^\n]*\n\s*)*["']use server["']/.test(text)) return;
    const client = inClient || isClientModule(text);
    const specifiers = [...text.matchAll(importPattern)].filter((match) => followTypeImports || !match[0].startsWith("import type") && !match[0].startsWith("export type")).map((match) => match[1] ?? match[2] ?? "");
    if (client) onClientModule(text, specifiers);
    for (const specifier of specifiers) {
      const target = resolveImport(file, specifier);
      if (target) visit(target, client);
    }
  };
  visit(entry, false);
}

/** The sections the client side of `entry` (and everything it imports) uses. */
export function clientNamespacesUsedBy(entry: string): Set<Namespace> {
  const used = new Set<Namespace>();
  walkClientSide(entry, true, (text) => {
    for (const match of text.matchAll(keyPattern)) used.add(match[1] as Namespace);
  });
  return used;
}

/** The packages the browser loads for `entry`: what its client side imports by name, not type-only. */
export function clientPackagesOf(entry: string): Set<string> {
  const packages = new Set<string>();
  walkClientSide(entry, false, (_text, specifiers) => {
    for (const specifier of specifiers) if (!specifier.startsWith(".") && !specifier.startsWith("@/")) packages.add(specifier);
  });
  return packages;
}

/** Every file Next renders as a route segment, with the layouts above it (outermost first). */
export function routeEntries(): { file: string; layouts: string[] }[] {
  const appDir = path.join(projectRoot, "app");
  const entries: { file: string; layouts: string[] }[] = [];
  const walk = (dir: string, layouts: string[]) => {
    const layout = path.join(dir, "layout.tsx");
    const chain = existsSync(layout) ? [...layouts, layout] : layouts;
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full, chain);
      else if (/^(page|error|loading|not-found|layout)\.tsx$/.test(name)) entries.push({ file: full, layouts: name === "layout.tsx" ? chain.slice(0, -1).concat(full) : chain });
    }
  };
  walk(appDir, []);
  return entries;
}
