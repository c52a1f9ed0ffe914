// GET /api/v1/meetings/{id}
import { recordRoute } from "@/lib/api/reads";
import { getMeetingForApi } from "@/lib/data/api/work";

export const GET = recordRoute(getMeetingForApi);
