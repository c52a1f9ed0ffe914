// Uploading an import file: first to preview, then again (the same bytes) to confirm.
import { z } from "./messages";
import { importKinds } from "@/lib/import/columns";

export const importFileSchema = z.strictObject({
  kind: z.enum(importKinds),
  file: z.instanceof(File),
  /** Confirming: the checksum of the file the officer previewed; a different file is refused. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type ImportFileInput = z.infer<typeof importFileSchema>;
