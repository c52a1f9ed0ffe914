import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { addAgreementDocument, removeAgreementDocument } from "@/lib/actions/agreement-documents";
import { GET as downloadDocument } from "@/app/(app)/agreements/[id]/documents/[documentId]/route";
import { actAs } from "../helpers/request";
import { createUser, testDb, unique } from "../helpers/factories";
import { createAgreementRecord, createBilateralSetting } from "../helpers/agreement-factories";

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "mou-files-"));

let setting: Awaited<ReturnType<typeof createBilateralSetting>>;
let agreementId: string;
beforeAll(async () => {
  setting = await createBilateralSetting();
  agreementId = (await createAgreementRecord({ partyIds: { malaysia: setting.malaysia.id, china: setting.china.id } })).id;
});

const pdf = (name = "signed.pdf", type = "application/pdf") => new File([Buffer.from("%PDF-1.4\n% a tiny test document\n%%EOF\n")], name, { type });
const documentsTitled = (title: string) => testDb.agreementDocument.findMany({ where: { title }, include: { file: true } });
const download = (id: string, documentId: string) => downloadDocument(new Request(`http://test/agreements/${id}/documents/${documentId}`), { params: Promise.resolve({ id, documentId }) });

describe("agreement documents", () => {
  it("stores an uploaded PDF with its checksum, audits it, and serves it only to signed-in readers as an attachment", async () => {
    actAs(setting.officerMy);
    const title = unique("Signed copy");
    expect(await addAgreementDocument(undefined, { agreementId, title, file: pdf(), url: "" })).toMatchObject({ status: "success" });
    const [document] = await documentsTitled(title);
    expect(document?.file).toMatchObject({ fileName: "signed.pdf", mimeType: "application/pdf", uploadedById: setting.officerMy.id });
    expect(document?.file?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { entityType: "AgreementDocument", entityId: document?.id } });
    expect(event.after).toMatchObject({ agreementId, title, fileName: "signed.pdf" });

    actAs(await createUser({ role: "WG_MEMBER" }));
    const response = await download(agreementId, document?.id ?? "");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("attachment");
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");

    expect((await download("another-agreement", document?.id ?? "")).status).toBe(404);
    actAs(null);
    expect((await download(agreementId, document?.id ?? "")).status).toBe(401);
  });

  it("links a document by URL", async () => {
    actAs(setting.admin);
    const title = unique("Official text");
    expect(await addAgreementDocument(undefined, { agreementId, title, url: "https://www.digital.gov.my/mou.pdf" })).toMatchObject({ status: "success" });
    expect(await documentsTitled(title)).toMatchObject([{ url: "https://www.digital.gov.my/mou.pdf", fileId: null }]);
  });

  it.each([
    ["a type that is not allowed", new File(["hello"], "notes.txt", { type: "text/plain" }), "errors.fileTypeNotAllowed"],
    ["a lying extension", new File([Buffer.from("MZ\x90\x00 not a pdf")], "report.pdf", { type: "application/pdf" }), "errors.fileContentMismatch"],
    ["a declared type that disagrees", pdf("signed.pdf", "image/png"), "errors.fileContentMismatch"],
    ["an oversized file", new File([Buffer.concat([Buffer.from("%PDF-"), Buffer.alloc(10 * 1024 * 1024)])], "huge.pdf", { type: "application/pdf" }), "errors.fileTooLarge|max=10"],
  ])("refuses %s and stores nothing", async (_label, file, message) => {
    actAs(setting.officerMy);
    const title = unique("Refused");
    expect(await addAgreementDocument(undefined, { agreementId, title, file })).toMatchObject({ status: "error", fieldErrors: { file: [message] } });
    expect(await documentsTitled(title)).toEqual([]);
  });

  it("needs a file or a link, and refuses unknown fields", async () => {
    actAs(setting.officerMy);
    expect(await addAgreementDocument(undefined, { agreementId, title: "Nothing" })).toMatchObject({ fieldErrors: { file: ["agreements.errors.fileOrUrl"] } });
    expect(await addAgreementDocument(undefined, { agreementId, title: "X", url: "https://a.example", fileId: "x" })).toMatchObject({ fieldErrors: { _form: ["errors.unknownFields"] } });
  });

  it("refuses other organisations' officers and managers, for adding and removing", async () => {
    actAs(setting.admin);
    const title = unique("Keep me");
    await addAgreementDocument(undefined, { agreementId, title, url: "https://a.example/doc" });
    const [document] = await documentsTitled(title);
    for (const user of [setting.officerElsewhere, await createUser({ role: "MANAGER" })]) {
      actAs(user);
      expect(await addAgreementDocument(undefined, { agreementId, title: "Sneaky", url: "https://a.example" })).toMatchObject({ formError: "errors.notFound" });
      expect(await removeAgreementDocument(undefined, { id: document?.id ?? "" })).toMatchObject({ formError: "errors.notFound" });
    }
    expect(await documentsTitled(title)).toHaveLength(1);
    actAs(setting.officerMy);
    expect(await removeAgreementDocument(undefined, { id: document?.id ?? "" })).toMatchObject({ status: "success" });
    expect(await documentsTitled(title)).toHaveLength(0);
    expect(await testDb.auditEvent.findFirst({ where: { entityId: document?.id, action: "agreementDocument.remove" } })).toMatchObject({ before: { agreementId, title } });
  });
});
