// The two shapes of read in /api/v1: a filtered list page (ETag over the page) and one record
// (ETag = its version, the value to send back in If-Match).
import "server-only";
import type { z } from "zod";
import { apiRoute } from "./route";
import { jsonWithTag, parseQuery, recordTag } from "./http";
import { problem } from "./problem";
import { pageQuerySchema } from "./schemas";

export function listRoute<Schema extends z.ZodType>(schema: Schema, list: (query: z.infer<Schema>) => Promise<unknown>) {
  return apiRoute("read", async ({ request, principal }) => {
    const query = parseQuery(request, schema, principal.user.locale);
    if (!query.ok) return query.response;
    return jsonWithTag(request, await list(query.value));
  });
}

/** A list under one record (`/milestones/{id}/progress-updates`): null means the record is not there for this caller. */
export function childListRoute(list: (id: string, query: z.infer<typeof pageQuerySchema>) => Promise<unknown | null>) {
  return apiRoute<{ id: string }>("read", async ({ request, params, principal }) => {
    const query = parseQuery(request, pageQuerySchema, principal.user.locale);
    if (!query.ok) return query.response;
    const page = await list(params.id, query.value);
    return page === null ? problem("notFound") : jsonWithTag(request, page);
  });
}

export function recordRoute(get: (id: string) => Promise<{ version: number } | null>) {
  return apiRoute<{ id: string }>("read", async ({ request, params }) => {
    const record = await get(params.id);
    return record ? jsonWithTag(request, record, recordTag(record)) : problem("notFound");
  });
}
