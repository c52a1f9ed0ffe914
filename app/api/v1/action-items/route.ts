// GET /api/v1/action-items: the review queue's filters (scope, status, group, meeting, side, owner, due).
import { listRoute } from "@/lib/api/reads";
import { actionItemQuerySchema } from "@/lib/api/schemas";
import { listActionItemsForApi } from "@/lib/data/api/work";

export const GET = listRoute(actionItemQuerySchema, listActionItemsForApi);
