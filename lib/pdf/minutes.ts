// A meeting's minutes, decisions and action items as a PDF. Interface text in the reader's
// language; content in that language where translated. Noto Sans SC is embedded so Chinese (and
// Latin) text renders on any reader's machine.
import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { MeetingDetail } from "@/lib/data/meetings";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/content";
import type { Translate } from "@/lib/i18n/translate";
import { formatDate, formatDateTime } from "@/lib/format";
import { displayName } from "@/lib/people/display-name";
import { agreedByLine, dayOf } from "@/lib/meetings/minutes-text";

const fontPath = path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf");

export async function renderMinutesPdf(meeting: MeetingDetail, t: Translate, locale: Locale): Promise<Buffer> {
  const document = new PDFDocument({ size: "A4", margin: 56, info: { Title: localized(meeting, "title", locale) } });
  const chunks: Buffer[] = [];
  document.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    document.on("end", () => resolve(Buffer.concat(chunks)));
    document.on("error", reject);
  });

  document.registerFont("Noto", fontPath);
  document.font("Noto");
  const heading = (text: string) => document.moveDown(0.8).fontSize(13).text(text).moveDown(0.3).fontSize(10);
  const people = new Map(meeting.workingGroup.members.map((member) => [member.personId, displayName(member.person, locale)]));

  document.fontSize(9).fillColor("#555555").text(localized(meeting.workingGroup, "name", locale));
  document.fillColor("#000000").fontSize(16).text(localized(meeting, "title", locale));
  document.fontSize(10).moveDown(0.3);
  document.text(t("compose.labelled", { label: t("meetings.fields.startsAt"), value: t("compose.qualified", { name: formatDateTime(meeting.startsAt, locale, meeting.timeZone), detail: meeting.timeZone }) }));
  if (meeting.venue) document.text(t("compose.labelled", { label: t("meetings.fields.venue"), value: meeting.venue }));
  if (meeting.onlineUrl) document.text(t("compose.labelled", { label: t("meetings.fields.onlineUrl"), value: meeting.onlineUrl }));
  document.text(t("compose.labelled", { label: t("meetings.fields.status"), value: t(`meetings.status.${meeting.status}`) }));
  const { minutes } = meeting;
  if (minutes.state !== "NONE") {
    const revision = minutes.state === "DRAFT" ? t("agreedMinutes.draftRevision", { number: minutes.revisionNumber }) : t("agreedMinutes.revision", { number: minutes.revisionNumber });
    document.text(t("compose.labelled", { label: t("agreedMinutes.column"), value: t("compose.qualified", { name: t(`agreedMinutes.state.${minutes.state}`), detail: revision }) }));
  }
  if (minutes.state === "AGREED") {
    heading(t("agreedMinutes.sectionTitle"));
    if (minutes.agreedAt) document.text(t("agreedMinutes.agreedOn", { date: dayOf(minutes.agreedAt, locale) }));
    for (const { response } of minutes.answers) if (response) document.text(agreedByLine(response, t, locale));
  } else if (minutes.state !== "NONE") {
    document.fillColor("#555555").text(t("agreedMinutes.provisionalHint")).fillColor("#000000");
  }

  heading(t("meetings.attendance"));
  const present = meeting.attendance.filter((row) => row.attended).map((row) => people.get(row.personId) ?? "");
  const absent = meeting.attendance.filter((row) => !row.attended).map((row) => people.get(row.personId) ?? "");
  document.text(t("compose.labelled", { label: t("meetings.present"), value: present.join(", ") || "—" }));
  document.text(t("compose.labelled", { label: t("meetings.absent"), value: absent.join(", ") || "—" }));

  if (meeting.minutesSummary) {
    heading(t("meetings.fields.minutesSummary"));
    document.text(meeting.minutesSummary);
  }

  heading(t("meetings.agenda"));
  for (const item of meeting.agendaItems) {
    document.text(`${item.order}. ${item.title}${item.presenter ? ` — ${displayName(item.presenter, locale)}` : ""}${item.carriedActionItem ? ` ${t("compose.parenthetical", { text: t("meetings.carriedOver") })}` : ""}`);
    if (item.minutes) document.fillColor("#333333").text(item.minutes, { indent: 14 }).fillColor("#000000");
  }

  heading(t("meetings.decisions"));
  if (meeting.decisions.length === 0) document.text("—");
  const provisional = (recordedAt?: Date) => (minutes.isProvisional(recordedAt) ? ` ${t("compose.parenthetical", { text: t("agreedMinutes.provisional") })}` : "");
  for (const decision of meeting.decisions) document.text(`${decision.order}. ${localized(decision, "text", locale)}${provisional()}`);

  heading(t("actionItems.title"));
  if (meeting.actionItems.length === 0) document.text("—");
  for (const item of meeting.actionItems) {
    const owners = [item.malaysiaOwner, item.chinaOwner].map((owner) => (owner ? displayName(owner, locale) : null)).filter(Boolean).join(", ");
    document.text(`• ${localized(item, "title", locale)}${provisional(item.createdAt)}`);
    document
      .fillColor("#333333")
      .text([t("compose.labelled", { label: t("actionItems.columns.owners"), value: owners }), t("compose.labelled", { label: t("actionItems.columns.due"), value: formatDate(item.dueOn, locale) }), t(`actionItems.status.${item.status}`)].join(" · "), { indent: 14 })
      .fillColor("#000000");
  }
  document.end();
  return finished;
}
