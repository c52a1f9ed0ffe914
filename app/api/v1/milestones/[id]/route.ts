// GET /api/v1/milestones/{id}
import { recordRoute } from "@/lib/api/reads";
import { getMilestoneForApi } from "@/lib/data/api/milestones";

export const GET = recordRoute(getMilestoneForApi);
