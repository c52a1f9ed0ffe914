// POST /api/v1/action-items/{id}/transitions: move the item (submit, accept, return, …) as the
// status machine allows this caller, with If-Match carrying the version they read.
import { transitionActionItem } from "@/lib/actions/action-items";
import { apiRoute } from "@/lib/api/route";
import { actionRefusal, ifMatchVersion, jsonWithTag, parseJsonBody, recordTag } from "@/lib/api/http";
import { problem } from "@/lib/api/problem";
import { transitionBodySchema } from "@/lib/api/schemas";
import { getActionItemForApi } from "@/lib/data/api/work";

export const POST = apiRoute<{ id: string }>("write", async ({ request, params, principal }) => {
  const version = ifMatchVersion(request);
  if (version === null) return problem("preconditionRequired");
  const body = await parseJsonBody(request, transitionBodySchema, principal.user.locale);
  if (!body.ok) return body.response;
  const result = await transitionActionItem(undefined, { ...body.value, id: params.id, version });
  const refused = actionRefusal(result, principal.user.locale, true);
  if (refused) return refused;
  const item = await getActionItemForApi(params.id);
  return item ? jsonWithTag(request, item, recordTag(item)) : problem("notFound");
});
