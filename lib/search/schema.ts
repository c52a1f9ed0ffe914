// What a combobox may ask the server (`/api/search/<source>?q=` or `?id=`): checked by the route
// handler. What it answers is in ./results (imported by the client component too).
import { idSchema, z } from "@/lib/schemas/messages";

export const searchQuerySchema = z
  .object({
    q: z.string().trim().max(100).optional(),
    id: idSchema.optional(),
  })
  .strict();
export type SearchQuery = z.infer<typeof searchQuerySchema>;
