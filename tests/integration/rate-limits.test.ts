// Limits on the doors that cost the most or leak the most: exports, uploads and calendar feeds.
// Each test spends most of an allowance through the limiter itself, then checks that the real
// door refuses once it is used up, and that another user's allowance is untouched.
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as exportAgreements } from "@/app/(app)/agreements/export/route";
import { GET as exportActionItems } from "@/app/(app)/action-items/export/route";
import { GET as exportFigures } from "@/app/api/dashboard/figures/route";
import { GET as calendarFeed } from "@/app/api/calendar/[token]/route";
import { addAgreementDocument } from "@/lib/actions/agreement-documents";
import { regenerateCalendarToken } from "@/lib/actions/calendar";
import { limits, tryConsume, type LimitName } from "@/lib/security/rate-limit";
import { actAs } from "../helpers/request";
import { createUser, testDb, unique } from "../helpers/factories";
import { createAgreementRecord, createBilateralSetting } from "../helpers/agreement-factories";

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "mou-files-"));

/** Uses all but `left` of the key's allowance. */
async function spend(name: LimitName, key: string, left = 0) {
  for (let used = 0; used < limits[name].points - left; used += 1) expect(await tryConsume(testDb, name, key)).toBe(true);
}

describe("rate limits", () => {
  it.each([
    ["agreements", () => exportAgreements(new Request("http://test/agreements/export?format=csv"))],
    ["action items", () => exportActionItems(new Request("http://test/action-items/export?format=csv"))],
    ["dashboard figures", () => exportFigures(new Request("http://test/api/dashboard/figures?format=csv"))],
  ])("exports of %s answer 429 once the user's allowance is used, others still export", async (_label, exportNow) => {
    const manager = await createUser({ role: "MANAGER" });
    await spend("export", manager.id, 1);
    actAs(manager);
    expect((await exportNow()).status).toBe(200);
    const refused = await exportNow();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe(String(limits.export.windowSeconds));
    actAs(await createUser({ role: "MANAGER" }));
    expect((await exportNow()).status).toBe(200);
  });

  it("uploads are refused with a message once the uploader's allowance is used, and nothing is stored", async () => {
    const setting = await createBilateralSetting();
    const agreementId = (await createAgreementRecord({ partyIds: { malaysia: setting.malaysia.id, china: setting.china.id } })).id;
    const pdf = () => new File([Buffer.from("%PDF-1.4\n% signed copy\n%%EOF\n")], "signed.pdf", { type: "application/pdf" });
    await spend("upload", setting.officerMy.id);
    actAs(setting.officerMy);
    const title = unique("Refused upload");
    expect(await addAgreementDocument(undefined, { agreementId, title, file: pdf(), url: "" })).toMatchObject({ status: "error", fieldErrors: { file: ["errors.tooManyRequests"] } });
    expect(await testDb.agreementDocument.count({ where: { title } })).toBe(0);
    actAs(setting.admin);
    expect(await addAgreementDocument(undefined, { agreementId, title, file: pdf(), url: "" })).toMatchObject({ status: "success" });
  });

  it("a calendar feed answers 429 when its token is polled far more than any calendar program does", async () => {
    const member = await createUser({ role: "WG_MEMBER" });
    actAs(member);
    const created = await regenerateCalendarToken(undefined, {});
    if (created.status !== "success") throw new Error("token not created");
    actAs(null);
    const poll = () => calendarFeed(new Request("http://test/api/calendar/x"), { params: Promise.resolve({ token: created.data.token }) });
    expect((await poll()).status).toBe(200);
    // The poll above took one point; use up the rest.
    await spend("calendarFeed", createHash("sha256").update(created.data.token).digest("hex"), 1);
    expect((await poll()).status).toBe(429);
  });
});
