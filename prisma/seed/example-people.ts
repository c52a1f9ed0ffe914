// EXAMPLES (isExample true): the members of the Joint Working Group on Digital Economy. The
// source says only that the group comprises representatives of China's National Data
// Administration and Malaysia's Ministry of Digital; these names and posts are invented.
import type { Side, WorkingGroupRole } from "../../lib/generated/prisma/client";
import type { TransactionClient } from "../../lib/prisma-client";
import { day } from "./dates";
import { jointWorkingGroup, organisations, type OrganisationKey, type Text3 } from "./facts";

export type ExamplePersonKey = "myCoChair" | "myMember" | "mySecretariat" | "cnCoChair" | "cnMember" | "cnSecretariat";

type ExamplePerson = {
  personId: string;
  memberId: string;
  name: string;
  /** In Chinese characters, for those who write their name so. */
  nameZh: string | null;
  title: Text3;
  organisation: OrganisationKey;
  side: Side;
  role: WorkingGroupRole;
  /** The opposite number on the other side; set on the Malaysian member of each pair. */
  counterpart: ExamplePersonKey | null;
};

export const examplePeople: Record<ExamplePersonKey, ExamplePerson> = {
  cnCoChair: {
    personId: "seed_person_jwg_cn_co_chair",
    memberId: "seed_jwg_member_cn_co_chair",
    name: "Liu Wenjie",
    nameZh: "刘文杰",
    title: {
      en: "Director-General, Department of International Cooperation",
      ms: "Ketua Pengarah, Jabatan Kerjasama Antarabangsa",
      zh: "国际合作司司长",
    },
    organisation: "nda",
    side: "CHINA",
    role: "CO_CHAIR",
    counterpart: null,
  },
  cnMember: {
    personId: "seed_person_jwg_cn_member",
    memberId: "seed_jwg_member_cn_member",
    name: "Chen Xiaoyu",
    nameZh: "陈晓宇",
    title: {
      en: "Deputy Director-General, Department of Data Resources",
      ms: "Timbalan Ketua Pengarah, Jabatan Sumber Data",
      zh: "数据资源司副司长",
    },
    organisation: "nda",
    side: "CHINA",
    role: "MEMBER",
    counterpart: null,
  },
  cnSecretariat: {
    personId: "seed_person_jwg_cn_secretariat",
    memberId: "seed_jwg_member_cn_secretariat",
    name: "Zhao Min",
    nameZh: "赵敏",
    title: {
      en: "Programme Officer, Department of International Cooperation",
      ms: "Pegawai Program, Jabatan Kerjasama Antarabangsa",
      zh: "国际合作司项目主管",
    },
    organisation: "nda",
    side: "CHINA",
    role: "SECRETARIAT",
    counterpart: null,
  },
  myCoChair: {
    personId: "seed_person_jwg_my_co_chair",
    memberId: "seed_jwg_member_my_co_chair",
    name: "Nurul Aina binti Hassan",
    nameZh: null,
    title: {
      en: "Under Secretary, Digital Economy Policy Division",
      ms: "Setiausaha Bahagian, Bahagian Dasar Ekonomi Digital",
      zh: "数字经济政策司司长",
    },
    organisation: "mod",
    side: "MALAYSIA",
    role: "CO_CHAIR",
    counterpart: "cnCoChair",
  },
  myMember: {
    personId: "seed_person_jwg_my_member",
    memberId: "seed_jwg_member_my_member",
    name: "Arjun a/l Ramasamy",
    nameZh: null,
    title: {
      en: "Principal Assistant Secretary, Digital Economy Policy Division",
      ms: "Ketua Penolong Setiausaha, Bahagian Dasar Ekonomi Digital",
      zh: "数字经济政策司首席助理秘书",
    },
    organisation: "mod",
    side: "MALAYSIA",
    role: "MEMBER",
    counterpart: "cnMember",
  },
  mySecretariat: {
    personId: "seed_person_jwg_my_secretariat",
    memberId: "seed_jwg_member_my_secretariat",
    name: "Tan Mei Ling",
    nameZh: "陈美玲",
    title: {
      en: "Assistant Secretary, International Cooperation Division",
      ms: "Penolong Setiausaha, Bahagian Kerjasama Antarabangsa",
      zh: "国际合作司助理秘书",
    },
    organisation: "mod",
    side: "MALAYSIA",
    role: "SECRETARIAT",
    counterpart: "cnSecretariat",
  },
};

/** When the example members joined the group (the first meeting's month). */
const MEMBERS_START_ON = day("2025-07-01");

/** Creates the example people and their memberships; Chinese members first, so counterparts exist. */
export async function seedExamplePeople(tx: TransactionClient): Promise<void> {
  const ordered = (Object.values(examplePeople) as ExamplePerson[]).sort(
    (a, b) => Number(a.counterpart !== null) - Number(b.counterpart !== null),
  );
  for (const person of ordered) {
    await tx.person.upsert({
      where: { id: person.personId },
      update: {},
      create: {
        id: person.personId,
        name: person.name,
        nameZh: person.nameZh,
        titleEn: person.title.en,
        titleMs: person.title.ms,
        titleZh: person.title.zh,
        organisationId: organisations[person.organisation].id,
        side: person.side,
        isExample: true,
      },
    });
    await tx.workingGroupMember.upsert({
      where: { id: person.memberId },
      update: {},
      create: {
        id: person.memberId,
        workingGroupId: jointWorkingGroup.id,
        personId: person.personId,
        organisationId: organisations[person.organisation].id,
        side: person.side,
        role: person.role,
        counterpartId: person.counterpart ? examplePeople[person.counterpart].memberId : null,
        startsOn: MEMBERS_START_ON,
        isExample: true,
      },
    });
  }
}
