// What a combobox may ask the server (`/api/search/<source>?q=` or `?id=`) and what it gets back.
// Shared by the route handler and the client component.
import { idSchema, z } from "@/lib/schemas/messages";

/** The most matches one search returns; the list says when there are more. */
export const searchLimit = 20;

export const searchSources = ["people", "agreements"] as const;
export type SearchSource = (typeof searchSources)[number];

export const searchQuerySchema = z
  .object({
    q: z.string().trim().max(100).optional(),
    id: idSchema.optional(),
  })
  .strict();
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export type SearchItem = { id: string; label: string; detail?: string };
export type SearchResult = { items: SearchItem[]; hasMore: boolean };
