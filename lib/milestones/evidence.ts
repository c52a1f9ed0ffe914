// What evidence files a progress update accepts (shared by the form's hint and the action).
import type { FileKind } from "@/lib/files/storage";

export const evidenceKinds: FileKind[] = ["pdf", "png", "jpeg", "docx", "xlsx", "csv"];
export const evidenceMaxBytes = 10 * 1024 * 1024;
export const evidenceAccept = ".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.csv";
