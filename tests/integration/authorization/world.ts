// The callers of the authorization matrix and the records they share. One agreement between a
// Malaysian and a Chinese organisation, with a working group; a second agreement whose group the
// "member of another group" co-chairs (so that caller has coordinating rights — just elsewhere).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SessionUser } from "@/lib/auth/session-user";
import { canReadWorkingGroup, type GroupMembership } from "@/lib/permissions";
import { createOrganisation, createUser, testDb, unique } from "../../helpers/factories";

/**
 * Who calls: the six callers, plus an officer of an organisation that is no party, the
 * group's own secretariat (who coordinates it) and a plain member, and a working-group member
 * from a party organisation who is in no group (the organisation alone must open nothing).
 */
export const callers = [
  "anonymous",
  "admin",
  "manager",
  "officerOneSide",
  "officerOtherSide",
  "officerNotParty",
  "secretariatOfGroup",
  "memberOfGroup",
  "memberOfAnotherGroup",
  "memberOfPartyInNoGroup",
] as const;
export type Caller = (typeof callers)[number];

/** What the rules in lib/permissions.ts look at. */
export type Actor = Pick<SessionUser, "id" | "role" | "organisationId" | "personId">;

export interface World {
  /** Scratch directory for the files the cases upload; removed after the run. */
  filesDir: string;
  actors: Record<Exclude<Caller, "anonymous">, Actor>;
  /** The Malaysian party (the "one side") and the Chinese party (the "other side"). */
  malaysia: { id: string };
  china: { id: string };
  /** An organisation on the Malaysian side that is party to nothing here. */
  elsewhere: { id: string };
  agreement: { id: string; areaId: string; partyOrganisationIds: string[] };
  group: { id: string; agreementId: string; members: GroupMembership[]; secretariatPersonId: string; memberPersonId: string; coChairPersonId: string };
  otherGroup: { id: string; members: GroupMembership[] };
}

async function memberOf(workingGroupId: string, organisationId: string, side: "MALAYSIA" | "CHINA", role: GroupMembership["role"]) {
  const person = await testDb.person.create({ data: { name: unique(`${side} ${role}`), organisationId, side } });
  await testDb.workingGroupMember.create({ data: { workingGroupId, personId: person.id, organisationId, side, role } });
  return person;
}

const toActor = (user: { id: string; role: Actor["role"]; organisationId: string | null; personId: string | null }): Actor => ({
  id: user.id,
  role: user.role,
  organisationId: user.organisationId,
  personId: user.personId,
});

export async function buildWorld(): Promise<World> {
  // Documents and evidence the cases upload go to a scratch directory, not the app's.
  const filesDir = mkdtempSync(path.join(tmpdir(), "mou-matrix-files-"));
  process.env.FILE_STORAGE_DIR = filesDir;
  const malaysia = await createOrganisation({ side: "MALAYSIA" });
  const china = await createOrganisation({ side: "CHINA" });
  const elsewhere = await createOrganisation({ side: "MALAYSIA" });
  const chinaElsewhere = await createOrganisation({ side: "CHINA" });

  const agreement = await testDb.agreement.create({
    data: {
      type: "MOU",
      status: "SIGNED",
      signedOn: new Date("2025-04-16T00:00:00Z"),
      titleEn: unique("Matrix agreement"),
      parties: { create: [{ organisationId: malaysia.id, side: "MALAYSIA", order: 0 }, { organisationId: china.id, side: "CHINA", order: 1 }] },
      areas: { create: [{ number: 1, titleEn: "Digital infrastructure" }] },
    },
    include: { areas: true },
  });
  const area = agreement.areas[0];
  if (!area) throw new Error("area not created");

  const group = await testDb.workingGroup.create({ data: { agreementId: agreement.id, nameEn: unique("Joint Working Group") } });
  const secretariat = await memberOf(group.id, malaysia.id, "MALAYSIA", "SECRETARIAT");
  const coChair = await memberOf(group.id, china.id, "CHINA", "CO_CHAIR");
  const plainMember = await memberOf(group.id, malaysia.id, "MALAYSIA", "MEMBER");

  const otherAgreement = await testDb.agreement.create({
    data: {
      type: "LOI",
      titleEn: unique("Other agreement"),
      parties: { create: [{ organisationId: elsewhere.id, side: "MALAYSIA", order: 0 }, { organisationId: chinaElsewhere.id, side: "CHINA", order: 1 }] },
    },
  });
  const otherGroup = await testDb.workingGroup.create({ data: { agreementId: otherAgreement.id, nameEn: unique("Other group") } });
  const otherCoChair = await memberOf(otherGroup.id, elsewhere.id, "MALAYSIA", "CO_CHAIR");

  const users = {
    admin: await createUser({ role: "ADMIN" }),
    manager: await createUser({ role: "MANAGER" }),
    officerOneSide: await createUser({ role: "OFFICER", organisationId: malaysia.id }),
    officerOtherSide: await createUser({ role: "OFFICER", organisationId: china.id }),
    officerNotParty: await createUser({ role: "OFFICER", organisationId: elsewhere.id }),
    secretariatOfGroup: await createUser({ role: "WG_MEMBER", organisationId: malaysia.id, personId: secretariat.id }),
    memberOfGroup: await createUser({ role: "WG_MEMBER", organisationId: malaysia.id, personId: plainMember.id }),
    memberOfAnotherGroup: await createUser({ role: "WG_MEMBER", organisationId: elsewhere.id, personId: otherCoChair.id }),
    memberOfPartyInNoGroup: await createUser({
      role: "WG_MEMBER",
      organisationId: malaysia.id,
      personId: (await testDb.person.create({ data: { name: unique("Ministry staff"), organisationId: malaysia.id, side: "MALAYSIA" } })).id,
    }),
  };

  const membershipsOf = async (workingGroupId: string): Promise<GroupMembership[]> =>
    testDb.workingGroupMember.findMany({ where: { workingGroupId }, select: { personId: true, role: true, endsOn: true } });

  return {
    filesDir,
    actors: {
      admin: toActor(users.admin),
      manager: toActor(users.manager),
      officerOneSide: toActor(users.officerOneSide),
      officerOtherSide: toActor(users.officerOtherSide),
      officerNotParty: toActor(users.officerNotParty),
      secretariatOfGroup: toActor(users.secretariatOfGroup),
      memberOfGroup: toActor(users.memberOfGroup),
      memberOfAnotherGroup: toActor(users.memberOfAnotherGroup),
      memberOfPartyInNoGroup: toActor(users.memberOfPartyInNoGroup),
    },
    malaysia,
    china,
    elsewhere,
    agreement: { id: agreement.id, areaId: area.id, partyOrganisationIds: [malaysia.id, china.id] },
    group: {
      id: group.id,
      agreementId: agreement.id,
      members: await membershipsOf(group.id),
      secretariatPersonId: secretariat.id,
      memberPersonId: plainMember.id,
      coChairPersonId: coChair.id,
    },
    otherGroup: { id: otherGroup.id, members: await membershipsOf(otherGroup.id) },
  };
}

/** Who may see world.group and what is in it, by the rule in lib/permissions.ts. */
export const seesWorldGroup = (actor: Actor, world: World) =>
  canReadWorkingGroup(actor, { memberPersonIds: world.group.members.map((member) => member.personId), partyOrganisationIds: world.agreement.partyOrganisationIds });
