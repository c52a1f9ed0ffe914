// GET /api/search/people|agreements?q=<text> (or ?id=<id>): the combobox's server search. Signed-in
// users only; each search authorizes in its data function; the answer is at most `searchLimit`
// matches in the reader's language, with `hasMore` when the list was cut.
import { ForbiddenError, getCurrentUser } from "@/lib/auth/session";
import { searchAgreements, searchPeople } from "@/lib/data/search";
import { getLocale } from "@/lib/i18n/server";
import { searchSources } from "@/lib/search/results";
import { searchQuerySchema } from "@/lib/search/schema";
import { z } from "@/lib/schemas/messages";

const sourceSchema = z.enum(searchSources);
const searches = { people: searchPeople, agreements: searchAgreements } as const;

export async function GET(request: Request, { params }: { params: Promise<{ source: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Not signed in" }, { status: 401 });
  const source = sourceSchema.safeParse((await params).source);
  const query = searchQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!source.success) return Response.json({ error: "Not found" }, { status: 404 });
  if (!query.success) return Response.json({ error: "Invalid query" }, { status: 400 });
  try {
    const result = await searches[source.data]({ query: query.data, locale: await getLocale() });
    return Response.json(result, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (error instanceof ForbiddenError) return Response.json({ error: "Not found" }, { status: 404 });
    throw error;
  }
}
