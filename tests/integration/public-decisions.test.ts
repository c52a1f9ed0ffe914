// A decision reaches the agreement's public page only when it is marked public AND both sides
// have agreed the current revision of its minutes; a new revision takes it off until agreed again.
// Marking is for those who record the minutes, audited, with the meeting's version.
import { beforeAll, describe, expect, it } from "vitest";
import { setDecisionPublic } from "@/lib/actions/minutes";
import { getPublishedAgreement } from "@/lib/public/agreements";
import { actAs } from "../helpers/request";
import { testDb, unique } from "../helpers/factories";
import { createGroupFixture, createMeeting, type GroupFixture } from "../helpers/groups-factories";

let fixture: GroupFixture;

beforeAll(async () => {
  fixture = await createGroupFixture();
  await testDb.agreement.update({ where: { id: fixture.agreement.id }, data: { publishedAt: new Date(), status: "SIGNED" } });
});

async function meetingWithDecisions() {
  const meeting = await createMeeting(fixture.group.id, new Date(Date.now() - 86_400_000), "HELD");
  const open = await testDb.decision.create({ data: { meetingId: meeting.id, order: 1, textEn: unique("Public decision") } });
  const kept = await testDb.decision.create({ data: { meetingId: meeting.id, order: 2, textEn: unique("Internal decision") } });
  return { meeting, open, kept };
}

const version = async (id: string) => String((await testDb.meeting.findUniqueOrThrow({ where: { id }, select: { version: true } })).version);
const publicTexts = async () => {
  actAs(null);
  return (await getPublishedAgreement(fixture.agreement.id))?.decisions.map((decision) => decision.textEn) ?? [];
};

describe("public decisions of agreed minutes", () => {
  it("shows a decision marked public only once its minutes are agreed, and never an internal one", async () => {
    const { meeting, open, kept } = await meetingWithDecisions();
    actAs(fixture.mySecretariat.user);
    expect(await setDecisionPublic(undefined, { id: meeting.id, version: await version(meeting.id), decisionId: open.id, isPublic: "yes" })).toMatchObject({ status: "success", saved: "decisionMadePublic" });
    expect(await testDb.auditEvent.count({ where: { entityType: "Meeting", entityId: meeting.id, action: "decision.makePublic" } })).toBe(1);
    // Marked, but the minutes are not agreed: not public yet.
    expect(await publicTexts()).not.toContain(open.textEn);

    const revision = await testDb.minutesRevision.create({ data: { meetingId: meeting.id, number: 1, content: {}, agreedAt: new Date() } });
    expect(await publicTexts()).toContain(open.textEn);
    expect(await publicTexts()).not.toContain(kept.textEn);

    // A new revision (the agreed one superseded) takes it off until both sides agree again.
    await testDb.minutesRevision.update({ where: { id: revision.id }, data: { supersededAt: new Date() } });
    expect(await publicTexts()).not.toContain(open.textEn);
  });

  it("refuses a stale page and those who do not record the minutes, changing nothing", async () => {
    const { meeting, open } = await meetingWithDecisions();
    actAs(fixture.mySecretariat.user);
    expect(await setDecisionPublic(undefined, { id: meeting.id, version: String(Number(await version(meeting.id)) + 1), decisionId: open.id, isPublic: "yes" })).toMatchObject({ status: "conflict" });
    actAs(fixture.myMember.user);
    expect(await setDecisionPublic(undefined, { id: meeting.id, version: await version(meeting.id), decisionId: open.id, isPublic: "yes" })).toMatchObject({ status: "error", formError: "errors.notFound" });
    expect((await testDb.decision.findUniqueOrThrow({ where: { id: open.id } })).isPublic).toBe(false);
  });
});
