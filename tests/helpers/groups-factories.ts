// A working group with members on both sides and an account for each, for the working-group,
// meeting and action-item tests. Every call makes fresh, unique records.
import { createOrganisation, createUser, testDb, unique } from "./factories";

export async function createGroupFixture() {
  const myOrganisation = await createOrganisation({ side: "MALAYSIA" });
  const cnOrganisation = await createOrganisation({ side: "CHINA" });
  const agreement = await testDb.agreement.create({
    data: {
      type: "MOU",
      titleEn: unique("Agreement"),
      parties: { create: [{ organisationId: myOrganisation.id, side: "MALAYSIA" }, { organisationId: cnOrganisation.id, side: "CHINA" }] },
    },
  });
  const group = await testDb.workingGroup.create({ data: { agreementId: agreement.id, nameEn: unique("Group") } });

  async function member(side: "MALAYSIA" | "CHINA", role: "CO_CHAIR" | "MEMBER" | "SECRETARIAT") {
    const organisationId = side === "MALAYSIA" ? myOrganisation.id : cnOrganisation.id;
    const person = await testDb.person.create({ data: { name: unique(`${side} ${role}`), organisationId, side } });
    const membership = await testDb.workingGroupMember.create({ data: { workingGroupId: group.id, personId: person.id, organisationId, side, role } });
    const user = await createUser({ role: "WG_MEMBER", organisationId, personId: person.id });
    return { person, membership, user };
  }

  const mySecretariat = await member("MALAYSIA", "SECRETARIAT");
  const myMember = await member("MALAYSIA", "MEMBER");
  const cnCoChair = await member("CHINA", "CO_CHAIR");
  const cnMember = await member("CHINA", "MEMBER");
  return { agreement, group, myOrganisation, cnOrganisation, mySecretariat, myMember, cnCoChair, cnMember };
}

export type GroupFixture = Awaited<ReturnType<typeof createGroupFixture>>;

export async function createMeeting(workingGroupId: string, startsAt: Date, status: "SCHEDULED" | "HELD" = "HELD") {
  return testDb.meeting.create({ data: { workingGroupId, titleEn: unique("Meeting"), startsAt, timeZone: "Asia/Kuala_Lumpur", venue: "Putrajaya", status } });
}

export async function createActionItemRow(
  fixture: GroupFixture,
  overrides: { meetingId?: string | null; status?: "OPEN" | "IN_PROGRESS" | "SUBMITTED" | "ACCEPTED" | "RETURNED" | "CLOSED" | "BLOCKED" | "CANCELLED"; dueOn?: Date; chinaOwnerId?: string | null; malaysiaOwnerId?: string | null } = {},
) {
  const malaysiaOwnerId = overrides.malaysiaOwnerId === undefined ? fixture.myMember.person.id : overrides.malaysiaOwnerId;
  const chinaOwnerId = overrides.chinaOwnerId ?? null;
  return testDb.actionItem.create({
    data: {
      workingGroupId: fixture.group.id,
      meetingId: overrides.meetingId ?? null,
      titleEn: unique("Action"),
      ownerSide: malaysiaOwnerId && chinaOwnerId ? "JOINT" : malaysiaOwnerId ? "MALAYSIA" : "CHINA",
      malaysiaOwnerId,
      chinaOwnerId,
      dueOn: overrides.dueOn ?? new Date("2030-01-01T00:00:00Z"),
      status: overrides.status ?? "OPEN",
    },
  });
}

/** Successful actions that redirect throw NEXT_REDIRECT (as Next does); anything else is returned. */
export async function runAction<T>(promise: Promise<T>): Promise<T | "redirected"> {
  try {
    return await promise;
  } catch (error) {
    if (String((error as Error).message ?? error).includes("NEXT_REDIRECT")) return "redirected";
    throw error;
  }
}
