// The security events, with the same filters as the page, as CSV (newest first, capped).
import { ForbiddenError, requireUser, UnauthenticatedError } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { eventDetails, listSecurityEventsForExport, securityEventLabel } from "@/lib/data/security-events";
import { exportResponse, toCsv, type Column } from "@/lib/export/tabular";
import { getTranslations } from "@/lib/i18n/server";
import { securityEventFilterSchema } from "@/lib/schemas/security";
import { refusalWhenOverLimit } from "@/lib/security/rate-limit";

type Row = Awaited<ReturnType<typeof listSecurityEventsForExport>>[number];

export async function GET(request: Request) {
  let user: Awaited<ReturnType<typeof requireUser>>;
  try {
    user = await requireUser();
  } catch (error) {
    if (error instanceof UnauthenticatedError) return new Response("Unauthorized", { status: 401 });
    throw error;
  }
  const overLimit = await refusalWhenOverLimit(db, "export", user.id);
  if (overLimit) return overLimit;
  const filter = securityEventFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams.entries()));
  let rows: Row[];
  try {
    rows = await listSecurityEventsForExport(filter);
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response("Not found", { status: 404 });
    throw error;
  }
  const { t } = await getTranslations();
  const columns: Column<Row>[] = [
    { header: t("users.securityEvents.at"), value: (row) => row.at.toISOString() },
    { header: t("users.securityEvents.kind"), value: (row) => t(securityEventLabel(row.action)) },
    { header: t("users.securityEvents.actor"), value: (row) => row.actor?.email ?? "" },
    { header: t("users.securityEvents.user"), value: (row) => row.entityId },
    { header: t("users.securityEvents.details"), value: (row) => eventDetails(row.after) },
  ];
  return exportResponse(toCsv(rows, columns), "csv", "security-events");
}
