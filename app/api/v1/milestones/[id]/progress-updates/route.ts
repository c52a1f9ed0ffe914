// GET  /api/v1/milestones/{id}/progress-updates: the milestone's reports (history, never edited).
// POST /api/v1/milestones/{id}/progress-updates: report progress through the same action as the form.
import { logProgress } from "@/lib/actions/progress";
import { childListRoute } from "@/lib/api/reads";
import { apiRoute } from "@/lib/api/route";
import { actionRefusal, created, parseJsonBody } from "@/lib/api/http";
import { problem } from "@/lib/api/problem";
import { createProgressBodySchema } from "@/lib/api/schemas";
import { getProgressUpdateForApi, listProgressForApi } from "@/lib/data/api/milestones";

export const GET = childListRoute(listProgressForApi);

export const POST = apiRoute<{ id: string }>("write", async ({ request, params, principal }) => {
  const body = await parseJsonBody(request, createProgressBodySchema, principal.user.locale);
  if (!body.ok) return body.response;
  const result = await logProgress(undefined, { ...body.value, milestoneId: params.id });
  const refused = actionRefusal(result, principal.user.locale, false);
  if (refused || result.status !== "success") return refused ?? problem("unexpected");
  const update = await getProgressUpdateForApi(result.data.id);
  return update ? created(update, `/api/v1/milestones/${params.id}/progress-updates`) : problem("unexpected");
});
