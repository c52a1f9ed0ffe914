// A meeting's minutes as a PDF in the reader's language, for those who may read its group.
import { userOrRefusal } from "@/lib/auth/session";
import { getMeetingDetail } from "@/lib/data/meetings";
import { getTranslations } from "@/lib/i18n/server";
import { renderMinutesPdf } from "@/lib/pdf/minutes";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { refusal } = await userOrRefusal();
  if (refusal) return refusal;
  const { id } = await params;
  const [meeting, { t, locale }] = await Promise.all([getMeetingDetail(id), getTranslations()]);
  if (!meeting) return new Response("Not found", { status: 404 });
  const pdf = await renderMinutesPdf(meeting, t, locale);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="minutes-${meeting.id}.pdf"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
