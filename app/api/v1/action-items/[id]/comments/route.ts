// POST /api/v1/action-items/{id}/comments: a comment in the item's thread, as the page writes it.
import { commentOnActionItem } from "@/lib/actions/action-items";
import { apiRoute } from "@/lib/api/route";
import { actionRefusal, created, parseJsonBody } from "@/lib/api/http";
import { problem } from "@/lib/api/problem";
import { commentBodySchema } from "@/lib/api/schemas";
import { getCommentForApi } from "@/lib/data/api/work";

export const POST = apiRoute<{ id: string }>("write", async ({ request, params, principal }) => {
  const body = await parseJsonBody(request, commentBodySchema, principal.user.locale);
  if (!body.ok) return body.response;
  const result = await commentOnActionItem(undefined, { ...body.value, id: params.id });
  const refused = actionRefusal(result, principal.user.locale, false);
  if (refused || result.status !== "success") return refused ?? problem("unexpected");
  const comment = await getCommentForApi(result.data.id);
  return comment ? created(comment, `/api/v1/action-items/${params.id}`) : problem("unexpected");
});
