"use server";
// Documents of an agreement: an uploaded file (checked by name, declared type and content) or a
// link. The StoredFile row, the document and its audit event are written in one transaction.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { defineAction } from "./define-action";
import { NotFoundError } from "./errors";
import { recordAudit } from "@/lib/audit";
import { loadEditableAgreement } from "@/lib/agreements/access";
import { agreementDocumentRules } from "@/lib/agreements/document-rules";
import { checkUpload, withStoredUploads } from "@/lib/files/storage";
import { markTextChanged } from "@/lib/agreements/texts-store";
import { addAgreementDocumentSchema, removeAgreementDocumentSchema } from "@/lib/schemas/agreement-document";

export const addAgreementDocument = defineAction(addAgreementDocumentSchema, async ({ user, input }) => {
  await loadEditableAgreement(user, input.agreementId);
  const upload = input.file ? await checkUpload(input.file, agreementDocumentRules, "file", user.id) : null;
  await withStoredUploads(upload ? [upload] : [], ([stored]) =>
    db.$transaction(async (tx) => {
      const file = stored ? await tx.storedFile.create({ data: { ...stored, uploadedById: user.id }, select: { id: true } }) : null;
      const document = await tx.agreementDocument.create({
        data: { agreementId: input.agreementId, title: input.title, fileId: file?.id ?? null, url: input.url, createdById: user.id },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "agreementDocument.add",
        entityType: "AgreementDocument",
        entityId: document.id,
        after: { agreementId: input.agreementId, title: input.title, fileName: stored?.fileName ?? null, sizeBytes: stored?.sizeBytes ?? null, url: input.url },
      });
    }),
  );
  revalidatePath(`/agreements/${input.agreementId}`);
  return { data: undefined, message: "agreements.documents.added" };
});

export const removeAgreementDocument = defineAction(removeAgreementDocumentSchema, async ({ user, input }) => {
  const document = await db.agreementDocument.findUnique({
    where: { id: input.id },
    select: { id: true, agreementId: true, title: true, url: true, file: { select: { fileName: true } } },
  });
  if (!document) throw new NotFoundError();
  await loadEditableAgreement(user, document.agreementId);
  await db.$transaction(async (tx) => {
    // A language text whose document goes has changed: it loses its sign-offs (helper "texts").
    const texts = await tx.agreementText.findMany({ where: { documentId: input.id }, select: { id: true } });
    const { count } = await tx.agreementDocument.deleteMany({ where: { id: input.id } });
    if (count === 0) throw new NotFoundError();
    for (const text of texts) await markTextChanged(tx, { textId: text.id, userId: user.id });
    await recordAudit(tx, {
      actorId: user.id,
      action: "agreementDocument.remove",
      entityType: "AgreementDocument",
      entityId: document.id,
      before: { agreementId: document.agreementId, title: document.title, fileName: document.file?.fileName ?? null, url: document.url },
    });
  });
  revalidatePath(`/agreements/${document.agreementId}`);
  return { saved: "documentRemoved", data: undefined };
});
