// What a combobox's search answers, and how many matches at most. Plain values and types, no
// zod: the client component imports this, and any zod import would put the whole library (with
// its messages in every language) into the browser's script for the page.
/** The most matches one search returns; the list says when there are more. */
export const searchLimit = 20;

export const searchSources = ["people", "agreements"] as const;
export type SearchSource = (typeof searchSources)[number];

export type SearchItem = { id: string; label: string; detail?: string };
export type SearchResult = { items: SearchItem[]; hasMore: boolean };
