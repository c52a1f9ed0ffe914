// The IATI 2.03 activity file of the ticked agreements (GET from the selection form, so it works
// without scripts): administrators and managers only, counted against the export limit.
import { ForbiddenError, requireUser, UnauthenticatedError } from "@/lib/auth/session";
import { todayIso } from "@/lib/dates";
import { db } from "@/lib/db";
import { buildIatiExport } from "@/lib/data/open-data";
import { canExportOpenData } from "@/lib/permissions";
import { iatiExportSchema } from "@/lib/schemas/open-data";
import { refusalWhenOverLimit } from "@/lib/security/rate-limit";

export async function GET(request: Request) {
  let user: Awaited<ReturnType<typeof requireUser>>;
  try {
    user = await requireUser();
  } catch (error) {
    if (error instanceof UnauthenticatedError) return new Response("Unauthorized", { status: 401 });
    throw error;
  }
  if (!canExportOpenData(user)) return new Response("Not found", { status: 404 });
  const parsed = iatiExportSchema.safeParse({ agreement: new URL(request.url).searchParams.getAll("agreement") });
  if (!parsed.success) return new Response("Choose at least one agreement", { status: 400 });
  const overLimit = await refusalWhenOverLimit(db, "export", user.id);
  if (overLimit) return overLimit;
  let xml: string;
  try {
    xml = await buildIatiExport(parsed.data.agreement);
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response("Not found", { status: 404 });
    throw error;
  }
  return new Response(xml, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="iati-activities-${todayIso()}.xml"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
