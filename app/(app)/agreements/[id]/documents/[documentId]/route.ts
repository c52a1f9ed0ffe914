// Downloads a document stored with an agreement: only for signed-in users who may read it,
// always as an attachment (never rendered inline).
import { userOrRefusal } from "@/lib/auth/session";
import { getAgreementDocumentFile } from "@/lib/data/agreements";
import { storedFileResponse } from "@/lib/files/storage";

type Context = { params: Promise<{ id: string; documentId: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { user, refusal } = await userOrRefusal();
  if (refusal) return refusal;
  const { id, documentId } = await params;
  const file = await getAgreementDocumentFile(id, documentId).catch(() => null);
  if (!file) return new Response("Not found", { status: 404 });
  return storedFileResponse(file, user.locale);
}
