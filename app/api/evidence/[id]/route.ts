// Evidence files are only ever sent to signed-in users allowed to read the milestone.
import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getEvidenceFile } from "@/lib/data/evidence";
import { storedFileResponse } from "@/lib/files/storage";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new NextResponse(null, { status: 401 });
  const { id } = await params;
  const file = await getEvidenceFile(id);
  if (!file) return new NextResponse(null, { status: 404 });
  return storedFileResponse(file, user.locale);
}
