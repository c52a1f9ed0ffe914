// GET /api/v1/agreements/{id}/cooperation-areas
import { childListRoute } from "@/lib/api/reads";
import { listAreasForApi } from "@/lib/data/api/agreements";

export const GET = childListRoute(listAreasForApi);
