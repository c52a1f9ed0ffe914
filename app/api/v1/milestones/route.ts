// GET /api/v1/milestones: the caller's milestones (as the milestones page scopes them), by due state.
import { listRoute } from "@/lib/api/reads";
import { milestoneQuerySchema } from "@/lib/api/schemas";
import { listMilestonesForApi } from "@/lib/data/api/milestones";

export const GET = listRoute(milestoneQuerySchema, listMilestonesForApi);
