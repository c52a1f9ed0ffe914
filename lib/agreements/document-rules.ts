// What an agreement document may be: the signed text as PDF or Word, or a scan as PNG/JPEG.
import type { UploadRules } from "@/lib/files/storage";

export const agreementDocumentRules: UploadRules = { kinds: ["pdf", "docx", "png", "jpeg"], maxBytes: 10 * 1024 * 1024 };
