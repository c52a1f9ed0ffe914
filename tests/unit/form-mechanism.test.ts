// One way for every form to keep what the user entered after a refusal (components/ui/use-kept-form.ts
// over the action wrapper's echo), and repeated rows named `rows[0].field`.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { echoValues, fieldName, formDataToObject } from "@/lib/actions/form-data";

const root = path.resolve(import.meta.dirname, "../..");

function sourcesUnder(directory: string): string[] {
  return readdirSync(path.join(root, directory), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

// Controls with nothing to keep: header buttons, a calendar link's buttons, and the import form
// (which posts by fetch from onSubmit, so the page never resets it).
const withoutValuesToKeep = new Set([
  "components/shell/language-switch.tsx",
  "components/shell/sign-out-button.tsx",
  "components/calendar/calendar-feed-controls.tsx",
  "components/milestones/import-form.tsx",
]);

describe("the one form mechanism", () => {
  const components = sourcesUnder("components").map((file) => ({ file, source: readFileSync(path.join(root, file), "utf8") }));

  it("is the only user of useActionState in components", () => {
    const users = components.filter(({ source }) => /\buseActionState\b/.test(source)).map(({ file }) => file);
    expect(users.filter((file) => !withoutValuesToKeep.has(file))).toEqual(["components/ui/use-kept-form.ts"]);
  });

  it("remounts every form that posts to an action with each answer", () => {
    const unkeyed = components.flatMap(({ file, source }) =>
      [...source.matchAll(/<form\b[^>]*\baction=\{[^>]*>/g)].filter((match) => !/\bkey=\{|method="get"/.test(match[0])).map(() => file),
    );
    expect(unkeyed.filter((file) => !withoutValuesToKeep.has(file))).toEqual([]);
  });

  it("says next to every file input that a refused form needs the file chosen again", () => {
    const rawFileInputs = components.filter(({ file, source }) => file !== "components/ui/field.tsx" && /type="file"/.test(source)).map(({ file }) => file);
    expect(rawFileInputs.filter((file) => !withoutValuesToKeep.has(file))).toEqual([]);
  });
});

describe("a submitted form", () => {
  it("becomes rows of objects for `rows[0].field` names, in index order with gaps closed", () => {
    const form = new FormData();
    form.append("titleEn", "MoU");
    form.append("partyIds", "org_my");
    form.append("partyIds", "org_cn");
    form.append("signatories[2].personId", "person_b");
    form.append("signatories[0].personId", "person_a");
    form.append("signatories[0].organisationId", "org_my");
    form.append("$ACTION_ID_abc", "");
    expect(formDataToObject(form)).toEqual({
      titleEn: "MoU",
      partyIds: ["org_my", "org_cn"],
      signatories: [{ personId: "person_a", organisationId: "org_my" }, { personId: "person_b" }],
    });
  });

  it("keeps names that are not rows as they are, so a strict schema refuses them", () => {
    const form = new FormData();
    form.append("rows[1000].title", "too far");
    form.append("rows[0].__proto__", "x");
    form.append("rows[0]", "no field");
    expect(Object.keys(formDataToObject(form)).sort()).toEqual(["rows[0]", "rows[0].__proto__", "rows[1000].title"]);
  });

  it("is sent back by the names the form used, without passwords or files", () => {
    const form = new FormData();
    form.append("name", "Nur Iman");
    form.append("password", "secret-1");
    form.append("partyIds", "org_my");
    form.append("partyIds", "org_cn");
    form.append("rows[0].title", "Agenda");
    form.append("evidence", new File(["%PDF"], "note.pdf", { type: "application/pdf" }));
    expect(echoValues(form)).toEqual({ name: "Nur Iman", partyIds: ["org_my", "org_cn"], "rows[0].title": "Agenda" });
  });

  it("names a field error as the form names the field", () => {
    expect(fieldName(["signatories", 1, "organisationId"])).toBe("signatories[1].organisationId");
    expect(fieldName(["titleEn"])).toBe("titleEn");
  });
});
