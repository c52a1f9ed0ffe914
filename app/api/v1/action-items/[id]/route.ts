// GET /api/v1/action-items/{id}
import { recordRoute } from "@/lib/api/reads";
import { getActionItemForApi } from "@/lib/data/api/work";

export const GET = recordRoute(getActionItemForApi);
