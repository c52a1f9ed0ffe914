// Every server action and route handler of the app, found by reading the code, so a new one
// cannot be left out of the authorization tests.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const root = path.join(import.meta.dirname, "../../..");

function filesUnder(directory: string, match: (file: string) => boolean): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return filesUnder(full, match);
    return match(full) ? [full] : [];
  });
}

/** Modules marked "use server" anywhere in the app's code (not only lib/actions). */
export const actionModules = ["lib", "app", "components"].flatMap((directory) =>
  filesUnder(path.join(root, directory), (file) => /\.tsx?$/.test(file) && !file.includes("/generated/")).filter((file) =>
    /^(\s*\/\/.*\n)*\s*["']use server["']/.test(readFileSync(file, "utf8")),
  ),
);

export const routeModules = filesUnder(path.join(root, "app"), (file) => /\/route\.ts$/.test(file));

export const httpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export type ActionResult = { status: string; formError?: string };
export type Action = (previous: unknown, input: unknown) => Promise<ActionResult>;
export type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function loadActions(): Promise<{ name: string; file: string; action: Action }[]> {
  const all = [];
  for (const file of actionModules) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === "function") all.push({ name, file: path.relative(root, file), action: value as Action });
    }
  }
  return all;
}

/**
 * The methods each route file exports, read from its source: a handler built elsewhere (Auth.js's
 * `export const { GET, POST } = handlers`) counts even where tests stand that module in.
 */
export function routeMethodsInSource(): string[] {
  return routeModules.flatMap((file) => {
    const exportLines = readFileSync(file, "utf8").split("\n").filter((line) => line.startsWith("export "));
    return httpMethods.filter((method) => exportLines.some((line) => new RegExp(`\\b${method}\\b`).test(line))).map((method) => `${method} ${path.relative(root, file)}`);
  });
}

export async function loadRouteHandlers(): Promise<{ file: string; method: string; handler: RouteHandler }[]> {
  const all = [];
  for (const file of routeModules) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const method of httpMethods) {
      const handler = exported[method];
      if (typeof handler === "function") all.push({ file: path.relative(root, file), method, handler: handler as RouteHandler });
    }
  }
  return all;
}
