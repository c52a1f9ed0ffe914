// People hold their name in both forms: the person form takes both, and searches for people (the
// people list, the agreements list by who signed or exchanged) find them by either.
import { beforeAll, describe, expect, it } from "vitest";
import { createPerson as createPersonAction } from "@/lib/actions/people";
import { listAgreements } from "@/lib/data/agreements";
import { listPeople } from "@/lib/data/reference-data";
import { parseAgreementFilters } from "@/lib/agreements/list-filters";
import { actAs } from "../helpers/request";
import { createOrganisation, createUser, testDb, unique } from "../helpers/factories";
import { createAgreementRecord, expectRedirect } from "../helpers/agreement-factories";

// Unique characters per run, so the searches see only this file's people.
const tag = unique("name");
const suffix = String.fromCodePoint(0x4e00 + (Number.parseInt(tag.replace(/\D/g, "").slice(-4), 10) % 2000));
const romanised = `${tag} Zheng Shanjie`;
const chinese = `郑栅洁${suffix}${suffix}`;
let admin: Awaited<ReturnType<typeof createUser>>;
let agreementId: string;

beforeAll(async () => {
  admin = await createUser({ role: "ADMIN" });
  const [malaysia, china] = await Promise.all([createOrganisation({ side: "MALAYSIA" }), createOrganisation({ side: "CHINA" })]);
  actAs(admin);
  await expectRedirect(createPersonAction(undefined, { name: romanised, nameZh: chinese, titleEn: "Chairman", organisationId: china.id, side: "", email: "" }));
  const person = await testDb.person.findFirstOrThrow({ where: { name: romanised } });
  const agreement = await createAgreementRecord({ titleEn: unique("Agreement"), partyIds: { malaysia: malaysia.id, china: china.id } });
  await testDb.signatory.create({ data: { agreementId: agreement.id, personId: person.id, organisationId: china.id, side: "CHINA", act: "EXCHANGED" } });
  agreementId = agreement.id;
});

describe("a person's name in both forms", () => {
  it("is saved from the person form", async () => {
    const person = await testDb.person.findFirstOrThrow({ where: { name: romanised } });
    expect(person.nameZh).toBe(chinese);
  });

  it("is found in the people list by the romanised name, in any letter case, or by the characters", async () => {
    actAs(admin);
    expect((await listPeople({ q: tag.toUpperCase() })).map((person) => person.name)).toEqual([romanised]);
    expect((await listPeople({ q: chinese })).map((person) => person.name)).toEqual([romanised]);
    expect(await listPeople({ q: `${chinese}不在` })).toEqual([]);
  });

  it("finds the agreement the person exchanged, by either form", async () => {
    actAs(await createUser({ role: "MANAGER" }));
    for (const q of [tag, chinese]) {
      const page = await listAgreements(parseAgreementFilters({ q }));
      expect(page.rows.map((row) => row.id), q).toEqual([agreementId]);
    }
  });
});
