import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientNamespaces, pickMessages, type ClientMessagesArea } from "@/lib/i18n/client-namespaces";
import { catalogs } from "@/lib/i18n/messages";
import type { Namespace } from "@/lib/i18n/translate";
import { clientNamespacesUsedBy, clientPackagesOf, projectRoot, routeEntries } from "../helpers/client-message-usage";

function sentBy(layout: string): Namespace[] {
  const area = readFileSync(layout, "utf8").match(/<ClientMessages area="(\w+)"/)?.[1];
  return area ? [...clientNamespaces[area as ClientMessagesArea]] : [];
}

describe("messages sent to client components", () => {
  const entries = routeEntries();

  it("finds the routes and what their client components use", () => {
    const signIn = entries.find((entry) => entry.file.endsWith(path.join("(auth)", "login", "page.tsx")));
    expect(signIn).toBeDefined();
    expect([...clientNamespacesUsedBy(signIn?.file ?? "")]).toContain("auth");
    const agreementForm = entries.find((entry) => entry.file.endsWith(path.join("agreements", "new", "page.tsx")));
    expect([...clientNamespacesUsedBy(agreementForm?.file ?? "")]).toEqual(expect.arrayContaining(["agreements", "agreementTypes"]));
  });

  it("every section a route's client components use is sent by a layout above it", () => {
    for (const { file, layouts } of entries) {
      const sent = new Set(layouts.flatMap(sentBy));
      const missing = [...clientNamespacesUsedBy(file)].filter((namespace) => !sent.has(namespace));
      expect(missing, path.relative(projectRoot, file)).toEqual([]);
    }
  });

  it("the root layout sends a small part of the catalog, not all of it", () => {
    const whole = JSON.stringify(catalogs.en).length;
    const root = JSON.stringify(pickMessages(catalogs.en, clientNamespaces.root)).length;
    expect(root / whole).toBeLessThan(0.15);
    expect(Object.keys(pickMessages(catalogs.zh, clientNamespaces.root)).sort()).toEqual([...clientNamespaces.root].sort());
  });

  it("no page sends zod to the browser: forms are checked on the server, and zod with its messages in every language is 390 KB of script", () => {
    const dashboard = entries.find((entry) => entry.file.endsWith(path.join("(app)", "dashboard", "page.tsx")));
    expect([...clientPackagesOf(dashboard?.file ?? "")]).toContain("react-aria-components");
    for (const { file } of entries) expect([...clientPackagesOf(file)].filter((name) => name === "zod" || name.startsWith("zod/")), path.relative(projectRoot, file)).toEqual([]);
  });
});
