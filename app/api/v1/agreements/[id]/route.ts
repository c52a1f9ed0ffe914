// GET /api/v1/agreements/{id}
import { recordRoute } from "@/lib/api/reads";
import { getAgreementForApi } from "@/lib/data/api/agreements";

export const GET = recordRoute(getAgreementForApi);
