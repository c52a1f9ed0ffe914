// The stored file behind an evidence item, for the download handler; null when missing or not readable.
import "server-only";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { canReadMilestone } from "@/lib/permissions";

export async function getEvidenceFile(evidenceId: string) {
  const user = await requireUser();
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(evidenceId)) return null;
  const evidence = await db.evidence.findUnique({
    where: { id: evidenceId },
    select: { file: { select: { fileName: true, mimeType: true, sizeBytes: true, storageKey: true, sha256: true } }, progressUpdate: { select: { milestoneId: true } } },
  });
  if (!evidence?.file || !canReadMilestone(user)) return null;
  return evidence.file;
}
