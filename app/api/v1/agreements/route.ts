// GET /api/v1/agreements: the agreements list's filters, paged by cursor.
import { listRoute } from "@/lib/api/reads";
import { agreementQuerySchema } from "@/lib/api/schemas";
import { listAgreementsForApi } from "@/lib/data/api/agreements";

export const GET = listRoute(agreementQuerySchema, listAgreementsForApi);
