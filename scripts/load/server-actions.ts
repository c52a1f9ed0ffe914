// Calls server actions over HTTP exactly as the browser does (React's multipart encoding of
// `(previousState, formData)`), resolving action ids from the build's server reference manifest.
import { readFileSync } from "node:fs";
import path from "node:path";

interface ManifestEntry {
  filename?: string;
  exportedName?: string;
}

export function resolveActionIds(distDir: string): (file: string, exportName: string) => string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  return (file, exportName) => {
    const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === exportName);
    if (!found) throw new Error(`No server action ${exportName} in ${file} (is the build current?)`);
    return found[0];
  };
}

export type ActionOutcome = "success" | "refused" | "conflict" | "server_error" | "network_error" | "redirect";

export interface ActionCall {
  outcome: ActionOutcome;
  status: number;
  milliseconds: number;
  setCookies: string[];
}

export async function callAction(options: {
  baseUrl: string;
  pagePath: string;
  actionId: string;
  /** Text fields, and files (a File is sent with its name, as a browser's file input sends it). */
  fields: Record<string, string | File>;
  cookie?: string;
  timeoutMs?: number;
}): Promise<ActionCall> {
  const body = new FormData();
  // React encodes `(previousState, formData)` as field "0" referencing the form data ("$K1"), whose
  // entries carry the "_1_" prefix — as a browser sends them.
  for (const [name, value] of Object.entries(options.fields)) body.append(`_1_${name}`, value);
  body.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  const started = performance.now();
  try {
    const response = await fetch(`${options.baseUrl}${options.pagePath}`, {
      method: "POST",
      headers: { "next-action": options.actionId, accept: "text/x-component", ...(options.cookie ? { cookie: options.cookie } : {}) },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const text = await response.text();
    const milliseconds = performance.now() - started;
    const setCookies = response.headers.getSetCookie();
    if (response.status >= 500) return { outcome: "server_error", status: response.status, milliseconds, setCookies };
    if (response.headers.get("x-action-redirect")) return { outcome: "redirect", status: response.status, milliseconds, setCookies };
    if (text.includes('"status":"success"')) return { outcome: "success", status: response.status, milliseconds, setCookies };
    if (text.includes('"status":"conflict"')) return { outcome: "conflict", status: response.status, milliseconds, setCookies };
    return { outcome: "refused", status: response.status, milliseconds, setCookies };
  } catch {
    return { outcome: "network_error", status: 0, milliseconds: performance.now() - started, setCookies: [] };
  }
}

export async function getPage(baseUrl: string, pagePath: string, cookie: string): Promise<{ ok: boolean; status: number; milliseconds: number }> {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}${pagePath}`, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    return { ok: response.status === 200, status: response.status, milliseconds: performance.now() - started };
  } catch {
    return { ok: false, status: 0, milliseconds: performance.now() - started };
  }
}

/** The session cookie from a sign-in response, ready for a Cookie header. */
export function sessionCookieFrom(setCookies: string[]): string | undefined {
  const session = setCookies.find((cookie) => cookie.startsWith("authjs.session-token="));
  return session?.split(";")[0];
}
