// FACTS from the source report (shared/seed/000_39e3ab31b4f62a31.txt: Putrajaya, 17 April 2025).
// Nothing here is invented: what the report does not state (the signing place, effective and
// expiry dates, renewal, notice, clause numbers, who signed, the LOI's date) is left null and shown
// as "Not stated". Each fact is held with its standing (`factSources` at the end): stated, with
// the source sentence it comes from, or inferred, with the reasoning. Malay and Chinese texts are
// our translations of the English source; names in Chinese characters are the usual Chinese
// renderings. All records are written create-only (upsert with an empty `update`), so re-running
// the seed never duplicates rows nor overwrites what users changed.
import type {
  AgreementType,
  FactStanding,
  OrganisationKind,
  Side,
} from "../../lib/generated/prisma/client";
import type { TransactionClient } from "../../lib/prisma-client";
import { day } from "./dates";
import { SOURCE_FILE, sourceSentences } from "./source";

export type Text3 = { en: string; ms: string; zh: string };

/** "yesterday" in the report of 17 April 2025. */
export const SIGNING_DATE = day("2025-04-16");
export const REPORT_DATE = day("2025-04-17");

// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

export type OrganisationKey = "mod" | "ndrc" | "nda" | "mdec" | "zju";

type OrganisationFact = {
  id: string;
  name: Text3;
  acronym: string | null;
  country: "MY" | "CN";
  side: Side;
  kind: OrganisationKind;
};

export const organisations: Record<OrganisationKey, OrganisationFact> = {
  mod: {
    id: "seed_org_mod",
    name: { en: "Ministry of Digital", ms: "Kementerian Digital", zh: "马来西亚数字部" },
    acronym: null,
    country: "MY",
    side: "MALAYSIA",
    kind: "MINISTRY",
  },
  ndrc: {
    id: "seed_org_ndrc",
    name: {
      en: "National Development and Reform Commission",
      ms: "Suruhanjaya Pembangunan dan Reformasi Kebangsaan",
      zh: "国家发展和改革委员会",
    },
    acronym: "NDRC",
    country: "CN",
    side: "CHINA",
    kind: "MINISTRY",
  },
  nda: {
    id: "seed_org_nda",
    name: { en: "National Data Administration", ms: "Pentadbiran Data Negara", zh: "国家数据局" },
    acronym: null,
    country: "CN",
    side: "CHINA",
    kind: "AGENCY",
  },
  mdec: {
    id: "seed_org_mdec",
    name: {
      en: "Malaysia Digital Economy Corporation",
      ms: "Perbadanan Ekonomi Digital Malaysia",
      zh: "马来西亚数字经济机构",
    },
    acronym: "MDEC",
    country: "MY",
    side: "MALAYSIA",
    kind: "CORPORATION",
  },
  zju: {
    id: "seed_org_zju",
    name: { en: "Zhejiang University", ms: "Universiti Zhejiang", zh: "浙江大学" },
    acronym: null,
    country: "CN",
    side: "CHINA",
    kind: "UNIVERSITY",
  },
};

// ---------------------------------------------------------------------------------------------
// People: the two who exchanged the MoUs and the two witnesses
// ---------------------------------------------------------------------------------------------

export type FactPersonKey = "gobind" | "zheng" | "anwar" | "xi";

type PersonFact = {
  id: string;
  /** As the report writes it (Latin script). */
  name: string;
  /** In Chinese characters: the person's own script, or the rendering Chinese official usage gives. */
  nameZh: string;
  title: Text3;
  organisation: OrganisationKey | null;
  side: Side;
};

export const factPeople: Record<FactPersonKey, PersonFact> = {
  gobind: {
    id: "seed_person_gobind_singh_deo",
    name: "Gobind Singh Deo",
    nameZh: "哥宾星",
    title: { en: "Digital Minister", ms: "Menteri Digital", zh: "马来西亚数字部部长" },
    organisation: "mod",
    side: "MALAYSIA",
  },
  zheng: {
    id: "seed_person_zheng_shanjie",
    name: "Zheng Shanjie",
    nameZh: "郑栅洁",
    title: {
      en: "Chairman, National Development and Reform Commission",
      ms: "Pengerusi, Suruhanjaya Pembangunan dan Reformasi Kebangsaan",
      zh: "国家发展和改革委员会主任",
    },
    organisation: "ndrc",
    side: "CHINA",
  },
  anwar: {
    id: "seed_person_anwar_ibrahim",
    name: "Datuk Seri Anwar Ibrahim",
    // PRC usage gives the name without the Malaysian honorific.
    nameZh: "安瓦尔",
    title: { en: "Prime Minister of Malaysia", ms: "Perdana Menteri Malaysia", zh: "马来西亚总理" },
    organisation: null,
    side: "MALAYSIA",
  },
  xi: {
    id: "seed_person_xi_jinping",
    name: "Xi Jinping",
    nameZh: "习近平",
    title: {
      en: "President of the People's Republic of China",
      ms: "Presiden Republik Rakyat China",
      zh: "中华人民共和国主席",
    },
    organisation: null,
    side: "CHINA",
  },
};

// ---------------------------------------------------------------------------------------------
// The signing event of 16 April 2025
// ---------------------------------------------------------------------------------------------

export const signingEvent = {
  id: "seed_signing_event_2025_04_16",
  date: SIGNING_DATE,
  // The report's dateline is Putrajaya; it does not say where the ceremony took place.
  place: null,
  description: {
    en:
      "The two MoUs were exchanged by Digital Minister Gobind Singh Deo, representing Malaysia, and NDRC Chairman " +
      "Zheng Shanjie in a ceremony witnessed by Prime Minister Datuk Seri Anwar Ibrahim and Chinese President Xi " +
      "Jinping. The report, datelined Putrajaya on 17 April 2025, does not say where the ceremony took place.",
    ms:
      "Kedua-dua MoU ditukar oleh Menteri Digital Gobind Singh Deo, mewakili Malaysia, dan Pengerusi NDRC Zheng " +
      "Shanjie dalam satu majlis yang disaksikan oleh Perdana Menteri Datuk Seri Anwar Ibrahim dan Presiden China " +
      "Xi Jinping. Laporan bertarikh 17 April 2025 dari Putrajaya tidak menyatakan tempat majlis itu diadakan.",
    zh:
      "两份谅解备忘录由代表马来西亚的马来西亚数字部部长哥宾星与国家发展和改革委员会主任郑栅洁交换，" +
      "马来西亚总理安瓦尔和中国国家主席习近平见证。该报道的电头为2025年4月17日布城，未说明仪式举行地点。",
  } satisfies Text3,
  /** Witnesses in order: Anwar Ibrahim, then Xi Jinping. */
  witnesses: [
    { id: "seed_witness_anwar_ibrahim", person: "anwar", order: 1 },
    { id: "seed_witness_xi_jinping", person: "xi", order: 2 },
  ] satisfies { id: string; person: FactPersonKey; order: number }[],
};

// ---------------------------------------------------------------------------------------------
// Source sentences (quoted verbatim) that the cooperation areas come from
// ---------------------------------------------------------------------------------------------

const sentenceDigitalEconomyAreas: Text3 = {
  en: sourceSentences.digitalEconomyAreas,
  ms:
    "Kementerian Digital dalam satu kenyataan hari ini berkata dalam MoU berkaitan ekonomi digital, kedua-dua pihak akan " +
    "bekerjasama dalam, antara lain, penyelarasan dasar dan penjajaran peraturan; transformasi digital industri; inovasi " +
    "teknologi digital; dan pembangunan bakat.",
  zh: "数字部今天在一份声明中表示，根据数字经济谅解备忘录，双方将在政策协调与监管对接、产业数字化转型、数字技术创新以及人才培养等领域开展合作。",
};

const sentenceCitiesAndEnterprises: Text3 = {
  en: sourceSentences.citiesAndEnterprises,
  ms: "Malaysia dan NDRC juga akan bekerjasama dalam projek tertentu bagi menggalakkan kerjasama antara bandar dan perusahaan.",
  zh: "马来西亚与国家发展和改革委员会还将在若干项目上开展合作，以促进城市之间和企业之间的合作。",
};

const sentenceAiExchangeAndInfrastructure: Text3 = {
  en: sourceSentences.aiExchangeAndInfrastructure,
  ms:
    "Bagi MoU mengenai AI pula, kedua-dua pihak akan berusaha memperkukuh teknologi tersebut melalui program pertukaran " +
    "teknikal dan meneroka kerjasama dalam memperkukuh infrastruktur AI, termasuk pembinaan set data dan pembangunan " +
    "infrastruktur AI yang lain.",
  zh: "至于人工智能谅解备忘录，双方将通过技术交流项目努力加强该技术，并探讨在加强人工智能基础设施方面开展合作，包括数据集建设及其他人工智能基础设施建设。",
};

const sentenceAiEthicsSecurityLiteracy: Text3 = {
  en: sourceSentences.aiEthicsSecurityLiteracy,
  ms:
    "“Kedua-dua pihak akan bertukar garis panduan AI beretika dan berkongsi pengalaman bagi menggalakkan pemerkasaan " +
    "aplikasi AI untuk pembangunan ekonomi dan sosial dalam bidang terpilih, meneroka pendekatan untuk menangani risiko " +
    "keselamatan AI dan meningkatkan literasi awam berkaitan pengetahuan dan kemahiran profesional AI,” kata kenyataan itu.",
  zh:
    "声明指出：“双方将交流人工智能伦理准则并分享经验，推动人工智能应用在选定领域赋能经济和社会发展，探讨应对人工智能安全风险的方法，" +
    "并提升公众在人工智能知识和专业技能方面的素养。”",
};

const sentenceLetterOfIntent: Text3 = {
  en: sourceSentences.letterOfIntentAreas,
  ms: "MDEC dan Universiti Zhejiang akan membangunkan dan menjalin kerjasama dalam bidang transformasi digital, AI dan bandar pintar.",
  zh: "马来西亚数字经济机构与浙江大学将在数字化转型、人工智能和智慧城市领域发展并建立合作。",
};

// ---------------------------------------------------------------------------------------------
// Agreements, their parties, who exchanged them, and their cooperation areas
// ---------------------------------------------------------------------------------------------

export type AgreementKey = "digitalEconomy" | "ai" | "loi";

type AreaFact = { id: string; number: number; title: Text3; clauseText: Text3 };

type AgreementFact = {
  id: string;
  type: AgreementType;
  title: Text3;
  summary: Text3;
  parties: { id: string; organisation: OrganisationKey; side: Side; order: number }[];
  /** Who exchanged the instrument at the ceremony: the report does not say who signed. */
  exchangedBy: { id: string; person: FactPersonKey; organisation: OrganisationKey; side: Side; title: Text3; order: number }[];
  /** Null when the report does not give the date (and the instrument is at no known event). */
  signedOn: Date | null;
  signingEventId: string | null;
  statusChangeId: string;
  statusReason: string;
  areas: AreaFact[];
};

// The titles as the report gives them ("Digital Minister Gobind Singh Deo", "NDRC Chairman Zheng Shanjie").
const gobindSignatoryTitle: Text3 = { en: "Digital Minister", ms: "Menteri Digital", zh: "马来西亚数字部部长" };
const zhengSignatoryTitle: Text3 = { en: "NDRC Chairman", ms: "Pengerusi NDRC", zh: "国家发展和改革委员会主任" };
const mouSignedReason = "Signed on 16 April 2025, the day before the report of 17 April 2025 (seed data from the source report).";

export const agreements: Record<AgreementKey, AgreementFact> = {
  digitalEconomy: {
    id: "seed_agreement_digital_economy",
    type: "MOU",
    title: {
      en: "Memorandum of Understanding on Digital Economy Cooperation",
      ms: "Memorandum Persefahaman mengenai Kerjasama Ekonomi Digital",
      zh: "关于数字经济合作的谅解备忘录",
    },
    summary: {
      en:
        "Malaysia and China agree to promote and develop the digital economies of both countries. Both parties will " +
        "cooperate in, among others, policy coordination and regulatory alignment; industrial digital transformation; " +
        "digital technology innovation; and talent development, and Malaysia and the NDRC will collaborate on certain " +
        "projects to encourage the cooperation between cities and enterprises. A Joint Working Group on Digital Economy " +
        "will be established, comprising representatives from China's National Data Administration and Malaysia's " +
        "Ministry of Digital.",
      ms:
        "Malaysia dan China bersetuju untuk menggalakkan dan membangunkan ekonomi digital kedua-dua negara. Kedua-dua " +
        "pihak akan bekerjasama dalam, antara lain, penyelarasan dasar dan penjajaran peraturan; transformasi digital " +
        "industri; inovasi teknologi digital; dan pembangunan bakat, dan Malaysia serta NDRC akan bekerjasama dalam " +
        "projek tertentu bagi menggalakkan kerjasama antara bandar dan perusahaan. Kumpulan Kerja Bersama mengenai " +
        "Ekonomi Digital akan ditubuhkan, terdiri daripada wakil Pentadbiran Data Negara China dan Kementerian Digital Malaysia.",
      zh:
        "马来西亚与中国同意促进和发展两国的数字经济。双方将在政策协调与监管对接、产业数字化转型、数字技术创新和人才培养等领域开展合作，" +
        "马来西亚与国家发展和改革委员会还将在若干项目上合作，促进城市之间和企业之间的合作。双方将成立数字经济联合工作组，" +
        "由中国国家数据局和马来西亚数字部的代表组成。",
    },
    parties: [
      { id: "seed_party_digital_economy_mod", organisation: "mod", side: "MALAYSIA", order: 1 },
      { id: "seed_party_digital_economy_ndrc", organisation: "ndrc", side: "CHINA", order: 2 },
    ],
    exchangedBy: [
      { id: "seed_signatory_digital_economy_gobind", person: "gobind", organisation: "mod", side: "MALAYSIA", title: gobindSignatoryTitle, order: 1 },
      { id: "seed_signatory_digital_economy_zheng", person: "zheng", organisation: "ndrc", side: "CHINA", title: zhengSignatoryTitle, order: 2 },
    ],
    signedOn: SIGNING_DATE,
    signingEventId: "seed_signing_event_2025_04_16",
    statusChangeId: "seed_status_change_digital_economy_signed",
    statusReason: mouSignedReason,
    areas: [
      {
        id: "seed_area_digital_economy_1",
        number: 1,
        title: {
          en: "Policy coordination and regulatory alignment",
          ms: "Penyelarasan dasar dan penjajaran peraturan",
          zh: "政策协调与监管对接",
        },
        clauseText: sentenceDigitalEconomyAreas,
      },
      {
        id: "seed_area_digital_economy_2",
        number: 2,
        title: { en: "Industrial digital transformation", ms: "Transformasi digital industri", zh: "产业数字化转型" },
        clauseText: sentenceDigitalEconomyAreas,
      },
      {
        id: "seed_area_digital_economy_3",
        number: 3,
        title: { en: "Digital technology innovation", ms: "Inovasi teknologi digital", zh: "数字技术创新" },
        clauseText: sentenceDigitalEconomyAreas,
      },
      {
        id: "seed_area_digital_economy_4",
        number: 4,
        title: { en: "Talent development", ms: "Pembangunan bakat", zh: "人才培养" },
        clauseText: sentenceDigitalEconomyAreas,
      },
      {
        id: "seed_area_digital_economy_5",
        number: 5,
        title: {
          en: "Projects to encourage the cooperation between cities and enterprises",
          ms: "Projek yang menggalakkan kerjasama antara bandar dan perusahaan",
          zh: "促进城市之间和企业之间合作的项目",
        },
        clauseText: sentenceCitiesAndEnterprises,
      },
    ],
  },
  ai: {
    id: "seed_agreement_ai",
    type: "MOU",
    title: {
      en: "Memorandum of Understanding on Artificial Intelligence Cooperation",
      ms: "Memorandum Persefahaman mengenai Kerjasama Kecerdasan Buatan",
      zh: "关于人工智能合作的谅解备忘录",
    },
    summary: {
      en:
        "Both sides will strive to strengthen AI technology through technical exchange programmes and explore " +
        "collaboration in strengthening AI infrastructure, including the building of datasets and other AI infrastructure " +
        "developments. They will exchange ethical AI guidelines and share experiences to promote the empowerment of AI " +
        "applications for economic and social development in selected areas, explore approaches to address AI security " +
        "risks, and enhance public literacy related to AI knowledge and professional skills.",
      ms:
        "Kedua-dua pihak akan berusaha memperkukuh teknologi AI melalui program pertukaran teknikal dan meneroka kerjasama " +
        "dalam memperkukuh infrastruktur AI, termasuk pembinaan set data dan pembangunan infrastruktur AI yang lain. " +
        "Mereka akan bertukar garis panduan AI beretika dan berkongsi pengalaman bagi menggalakkan pemerkasaan aplikasi AI " +
        "untuk pembangunan ekonomi dan sosial dalam bidang terpilih, meneroka pendekatan untuk menangani risiko " +
        "keselamatan AI, dan meningkatkan literasi awam berkaitan pengetahuan dan kemahiran profesional AI.",
      zh:
        "双方将通过技术交流项目努力加强人工智能技术，并探讨在加强人工智能基础设施方面开展合作，包括数据集建设及其他人工智能基础设施建设。" +
        "双方将交流人工智能伦理准则并分享经验，推动人工智能应用在选定领域赋能经济和社会发展，探讨应对人工智能安全风险的方法，" +
        "并提升公众在人工智能知识和专业技能方面的素养。",
    },
    parties: [
      { id: "seed_party_ai_mod", organisation: "mod", side: "MALAYSIA", order: 1 },
      { id: "seed_party_ai_ndrc", organisation: "ndrc", side: "CHINA", order: 2 },
    ],
    exchangedBy: [
      { id: "seed_signatory_ai_gobind", person: "gobind", organisation: "mod", side: "MALAYSIA", title: gobindSignatoryTitle, order: 1 },
      { id: "seed_signatory_ai_zheng", person: "zheng", organisation: "ndrc", side: "CHINA", title: zhengSignatoryTitle, order: 2 },
    ],
    signedOn: SIGNING_DATE,
    signingEventId: "seed_signing_event_2025_04_16",
    statusChangeId: "seed_status_change_ai_signed",
    statusReason: mouSignedReason,
    areas: [
      {
        id: "seed_area_ai_1",
        number: 1,
        title: { en: "Technical exchange programmes", ms: "Program pertukaran teknikal", zh: "技术交流项目" },
        clauseText: sentenceAiExchangeAndInfrastructure,
      },
      {
        id: "seed_area_ai_2",
        number: 2,
        title: {
          en: "AI infrastructure, including the building of datasets",
          ms: "Infrastruktur AI, termasuk pembinaan set data",
          zh: "人工智能基础设施，包括数据集建设",
        },
        clauseText: sentenceAiExchangeAndInfrastructure,
      },
      {
        id: "seed_area_ai_3",
        number: 3,
        title: {
          en: "Exchange ethical AI guidelines and share experiences to promote the empowerment of AI applications for economic and social development in selected areas",
          ms: "Bertukar garis panduan AI beretika dan berkongsi pengalaman tentang aplikasi AI bagi pembangunan ekonomi dan sosial dalam bidang terpilih",
          zh: "交流人工智能伦理准则，并分享人工智能应用在选定领域促进经济社会发展的经验",
        },
        clauseText: sentenceAiEthicsSecurityLiteracy,
      },
      {
        id: "seed_area_ai_4",
        number: 4,
        title: {
          en: "Approaches to address AI security risks",
          ms: "Pendekatan untuk menangani risiko keselamatan AI",
          zh: "应对人工智能安全风险的方法",
        },
        clauseText: sentenceAiEthicsSecurityLiteracy,
      },
      {
        id: "seed_area_ai_5",
        number: 5,
        title: {
          en: "Public literacy related to AI knowledge and professional skills",
          ms: "Literasi awam dalam pengetahuan dan kemahiran profesional AI",
          zh: "提升公众人工智能知识和专业技能素养",
        },
        clauseText: sentenceAiEthicsSecurityLiteracy,
      },
    ],
  },
  loi: {
    id: "seed_agreement_loi_mdec_zhejiang",
    type: "LOI",
    title: {
      en: "Letter of Intent between MDEC and Zhejiang University",
      ms: "Surat Hasrat antara MDEC dan Universiti Zhejiang",
      zh: "马来西亚数字经济机构与浙江大学合作意向书",
    },
    summary: {
      en:
        "The Malaysia Digital Economy Corporation (MDEC) and China's Zhejiang University will tie up following the " +
        "signing of a Letter of Intent; they will develop and establish cooperation in the field of digital " +
        "transformation, AI, and a smart city. The report does not say when or where it was signed.",
      ms:
        "Perbadanan Ekonomi Digital Malaysia (MDEC) dan Universiti Zhejiang dari China akan bekerjasama susulan " +
        "penandatanganan Surat Hasrat; kedua-duanya akan membangunkan dan menjalin kerjasama dalam bidang " +
        "transformasi digital, AI dan bandar pintar. Laporan itu tidak menyatakan tarikh atau tempat ia ditandatangani.",
      zh: "马来西亚数字经济机构（MDEC）与中国浙江大学签署合作意向书后将开展合作，双方将在数字化转型、人工智能和智慧城市领域发展并建立合作。报道未说明意向书的签署日期和地点。",
    },
    parties: [
      { id: "seed_party_loi_mdec", organisation: "mdec", side: "MALAYSIA", order: 1 },
      { id: "seed_party_loi_zju", organisation: "zju", side: "CHINA", order: 2 },
    ],
    // The report names no one who signed or exchanged the LOI, nor its date or place: it says only
    // that it was signed and announced in the same statement as the MoUs.
    exchangedBy: [],
    signedOn: null,
    signingEventId: null,
    statusChangeId: "seed_status_change_loi_signed",
    statusReason: "Signed, as reported on 17 April 2025; the report does not give the date (seed data from the source report).",
    areas: [
      {
        id: "seed_area_loi_1",
        number: 1,
        title: { en: "Digital transformation", ms: "Transformasi digital", zh: "数字化转型" },
        clauseText: sentenceLetterOfIntent,
      },
      {
        id: "seed_area_loi_2",
        number: 2,
        title: { en: "Artificial intelligence", ms: "Kecerdasan buatan", zh: "人工智能" },
        clauseText: sentenceLetterOfIntent,
      },
      {
        id: "seed_area_loi_3",
        number: 3,
        title: { en: "Smart city", ms: "Bandar pintar", zh: "智慧城市" },
        clauseText: sentenceLetterOfIntent,
      },
    ],
  },
};

export type AreaKey =
  | "de1" | "de2" | "de3" | "de4" | "de5"
  | "ai1" | "ai2" | "ai3" | "ai4" | "ai5"
  | "loi1" | "loi2" | "loi3";

/** Cooperation areas by short key, for the example records that trace back to them. */
export const areaRefs: Record<AreaKey, { agreement: AgreementKey; id: string }> = {
  de1: { agreement: "digitalEconomy", id: "seed_area_digital_economy_1" },
  de2: { agreement: "digitalEconomy", id: "seed_area_digital_economy_2" },
  de3: { agreement: "digitalEconomy", id: "seed_area_digital_economy_3" },
  de4: { agreement: "digitalEconomy", id: "seed_area_digital_economy_4" },
  de5: { agreement: "digitalEconomy", id: "seed_area_digital_economy_5" },
  ai1: { agreement: "ai", id: "seed_area_ai_1" },
  ai2: { agreement: "ai", id: "seed_area_ai_2" },
  ai3: { agreement: "ai", id: "seed_area_ai_3" },
  ai4: { agreement: "ai", id: "seed_area_ai_4" },
  ai5: { agreement: "ai", id: "seed_area_ai_5" },
  loi1: { agreement: "loi", id: "seed_area_loi_1" },
  loi2: { agreement: "loi", id: "seed_area_loi_2" },
  loi3: { agreement: "loi", id: "seed_area_loi_3" },
};

// ---------------------------------------------------------------------------------------------
// The Joint Working Group on Digital Economy (its members are examples: see examples.ts)
// ---------------------------------------------------------------------------------------------

export const jointWorkingGroup = {
  id: "seed_wg_digital_economy",
  agreement: "digitalEconomy" as AgreementKey,
  name: {
    en: "Joint Working Group on Digital Economy",
    ms: "Kumpulan Kerja Bersama mengenai Ekonomi Digital",
    zh: "数字经济联合工作组",
  } satisfies Text3,
  // What the statement says of the group, no more: it "will be established"; its terms of
  // reference are not given.
  termsOfReference: {
    en:
      "A Joint Working Group on Digital Economy will be established, comprising representatives from China’s National " +
      "Data Administration and Malaysia’s Ministry of Digital",
    ms:
      "Kumpulan Kerja Bersama mengenai Ekonomi Digital akan ditubuhkan, dianggotai wakil Pentadbiran Data Negara China " +
      "dan Kementerian Digital Malaysia",
    zh: "将成立数字经济联合工作组，由中国国家数据局和马来西亚数字部的代表组成",
  } satisfies Text3,
};

// ---------------------------------------------------------------------------------------------
// Each fact's standing: stated (with its sentence) or inferred (with the reasoning)
// ---------------------------------------------------------------------------------------------

/** The entity types a fact source can describe (the Prisma model names). */
export type FactEntityType =
  | "Organisation"
  | "Person"
  | "SigningEvent"
  | "SigningWitness"
  | "Agreement"
  | "AgreementParty"
  | "Signatory"
  | "CooperationArea"
  | "WorkingGroup";

export type FactSourceSeed = {
  id: string;
  entityType: FactEntityType;
  entityId: string;
  field: string;
  standing: FactStanding;
  /** The value recorded from the source (English); a stated value appears in its sentence. */
  value: string;
  sentence: string;
  reasoning: Text3 | null;
};

function factId(entityId: string, field: string): string {
  return `seed_fact_${entityId.replace(/^seed_/, "")}_${field}`;
}

function stated(entityType: FactEntityType, entityId: string, field: string, value: string, sentence: string): FactSourceSeed {
  return { id: factId(entityId, field), entityType, entityId, field, standing: "STATED", value, sentence, reasoning: null };
}

function inferred(entityType: FactEntityType, entityId: string, field: string, value: string, sentence: string, reasoning: Text3): FactSourceSeed {
  return { id: factId(entityId, field), entityType, entityId, field, standing: "INFERRED", value, sentence, reasoning };
}

const said = sourceSentences;

const signedYesterday: Text3 = {
  en: "The report is dated 17 April 2025 and says the MoUs were signed “yesterday”.",
  ms: "Laporan itu bertarikh 17 April 2025 dan menyatakan MoU tersebut ditandatangani “semalam”.",
  zh: "该报道日期为2025年4月17日，称谅解备忘录于“昨天”签署。",
};

const descriptiveTitle = (name: string): Text3 => ({
  en: `The report gives no official title; it calls the instrument “${name}”. This title describes it.`,
  ms: `Laporan itu tidak memberikan tajuk rasmi; ia menyebut instrumen ini “${name}”. Tajuk ini menghuraikannya.`,
  zh: `报道未给出正式名称，只称其为“${name}”。此名称为描述性名称。`,
});

function organisationFacts(): FactSourceSeed[] {
  const { mod, ndrc, nda, mdec, zju } = organisations;
  return [
    stated("Organisation", mod.id, "name", mod.name.en, said.jointWorkingGroup),
    stated("Organisation", ndrc.id, "name", ndrc.name.en, said.signing),
    stated("Organisation", ndrc.id, "acronym", "NDRC", said.signing),
    stated("Organisation", nda.id, "name", nda.name.en, said.jointWorkingGroup),
    stated("Organisation", mdec.id, "name", mdec.name.en, said.letterOfIntentParties),
    stated("Organisation", mdec.id, "acronym", "MDEC", said.letterOfIntentParties),
    stated("Organisation", zju.id, "name", zju.name.en, said.letterOfIntentParties),
  ];
}

function peopleFacts(): FactSourceSeed[] {
  const { gobind, zheng, anwar, xi } = factPeople;
  return [
    stated("Person", gobind.id, "name", gobind.name, said.exchange),
    stated("Person", gobind.id, "title", gobind.title.en, said.exchange),
    stated("Person", zheng.id, "name", zheng.name, said.exchange),
    inferred("Person", zheng.id, "title", zheng.title.en, said.exchange, {
      en: "The report calls him “NDRC Chairman”; NDRC is the National Development and Reform Commission.",
      ms: "Laporan itu menyebut beliau “NDRC Chairman”; NDRC ialah Suruhanjaya Pembangunan dan Reformasi Kebangsaan.",
      zh: "报道称其为“NDRC Chairman”，NDRC即国家发展和改革委员会。",
    }),
    stated("Person", anwar.id, "name", anwar.name, said.exchange),
    inferred("Person", anwar.id, "title", anwar.title.en, said.exchange, {
      en: "The report, on Malaysia’s agreements, calls him “Prime Minister”; the Digital Minister speaks of “our Prime Minister”.",
      ms: "Laporan mengenai perjanjian Malaysia ini menyebut beliau “Prime Minister”; Menteri Digital merujuk kepada “Perdana Menteri kita”.",
      zh: "这篇关于马来西亚协议的报道称其为“Prime Minister”，数字部部长提到“我们的总理”。",
    }),
    stated("Person", xi.id, "name", xi.name, said.exchange),
    inferred("Person", xi.id, "title", xi.title.en, said.exchange, {
      en: "The report calls him “Chinese President”.",
      ms: "Laporan itu menyebut beliau “Chinese President” (Presiden China).",
      zh: "报道称其为“Chinese President”（中国国家主席）。",
    }),
  ];
}

function signingFacts(): FactSourceSeed[] {
  return [
    inferred("SigningEvent", signingEvent.id, "date", "2025-04-16", said.signing, signedYesterday),
    ...signingEvent.witnesses.map((witness) => stated("SigningWitness", witness.id, "person", factPeople[witness.person].name, said.exchange)),
  ];
}

function agreementFacts(): FactSourceSeed[] {
  const { digitalEconomy, ai, loi } = agreements;
  const malaysiaAsMinistry: Text3 = {
    en:
      "The report says the MoUs are “between Malaysia and China’s National Development and Reform Commission”. Malaysia " +
      "is recorded through its Ministry of Digital: its minister exchanged the MoUs “representing Malaysia” and its " +
      "statement announced them.",
    ms:
      "Laporan itu menyatakan MoU tersebut adalah “antara Malaysia dan Suruhanjaya Pembangunan dan Reformasi Kebangsaan " +
      "China”. Malaysia direkodkan melalui Kementerian Digital: menterinya menukar MoU itu “mewakili Malaysia” dan " +
      "kenyataan kementerian itu yang mengumumkannya.",
    zh:
      "报道称谅解备忘录由“马来西亚与中国国家发展和改革委员会”签署。此处以马来西亚数字部记录马来西亚一方：" +
      "该部部长“代表马来西亚”交换了谅解备忘录，并由该部发表声明予以公布。",
  };
  // Each MoU area's title is words of its sentence, so each is stated.
  const mouFacts = (agreement: AgreementFact, name: string) => [
    inferred("Agreement", agreement.id, "title", agreement.title.en, agreement.areas[0]?.clauseText.en ?? said.signing, descriptiveTitle(name)),
    inferred("Agreement", agreement.id, "signedOn", "2025-04-16", said.signing, signedYesterday),
    ...agreement.parties.map((party) =>
      party.organisation === "mod"
        ? inferred("AgreementParty", party.id, "organisation", organisations.mod.name.en, said.signing, malaysiaAsMinistry)
        : stated("AgreementParty", party.id, "organisation", organisations[party.organisation].name.en, said.signing),
    ),
    ...agreement.exchangedBy.flatMap((person) => [
      stated("Signatory", person.id, "person", factPeople[person.person].name, said.exchange),
      stated("Signatory", person.id, "title", person.title.en, said.exchange),
    ]),
    ...agreement.areas.map((area) => stated("CooperationArea", area.id, "title", area.title.en, area.clauseText.en)),
  ];
  return [
    ...mouFacts(digitalEconomy, "the MoU related to digital economy"),
    ...mouFacts(ai, "the MoU on AI"),
    inferred("Agreement", loi.id, "title", loi.title.en, said.letterOfIntentParties, descriptiveTitle("a Letter of Intent (LOI) between both parties")),
    ...loi.parties.map((party) => stated("AgreementParty", party.id, "organisation", organisations[party.organisation].name.en, said.letterOfIntentParties)),
    ...loi.areas.map((area) =>
      area.number === 2
        ? inferred("CooperationArea", area.id, "title", area.title.en, area.clauseText.en, {
            en: "The sentence says “AI”, which the report’s first sentence spells out as artificial intelligence.",
            ms: "Ayat itu menyebut “AI”, yang dijelaskan dalam ayat pertama laporan sebagai kecerdasan buatan.",
            zh: "该句写作“AI”，报道首句说明其为人工智能。",
          })
        : stated("CooperationArea", area.id, "title", area.title.en, area.clauseText.en),
    ),
  ];
}

function workingGroupFacts(): FactSourceSeed[] {
  return [
    stated("WorkingGroup", jointWorkingGroup.id, "name", jointWorkingGroup.name.en, said.jointWorkingGroup),
    stated("WorkingGroup", jointWorkingGroup.id, "termsOfReference", jointWorkingGroup.termsOfReference.en, said.jointWorkingGroup),
    inferred("WorkingGroup", jointWorkingGroup.id, "agreement", agreements.digitalEconomy.title.en, said.jointWorkingGroup, {
      en: "The statement announces the group in its passage on the MoU related to digital economy; it does not say that MoU establishes it.",
      ms: "Kenyataan itu mengumumkan kumpulan ini dalam bahagian mengenai MoU berkaitan ekonomi digital; ia tidak menyatakan bahawa MoU itu yang menubuhkannya.",
      zh: "声明在介绍数字经济谅解备忘录的段落中宣布成立该工作组，但未说明该工作组依据该备忘录设立。",
    }),
  ];
}

/** Every seeded fact with its standing and source. */
export const factSources: FactSourceSeed[] = [
  ...organisationFacts(),
  ...peopleFacts(),
  ...signingFacts(),
  ...agreementFacts(),
  ...workingGroupFacts(),
];


// ---------------------------------------------------------------------------------------------
// Writing the facts
// ---------------------------------------------------------------------------------------------

export async function seedFacts(tx: TransactionClient): Promise<void> {
  for (const organisation of Object.values(organisations)) {
    await tx.organisation.upsert({
      where: { id: organisation.id },
      update: {},
      create: {
        id: organisation.id,
        nameEn: organisation.name.en,
        nameMs: organisation.name.ms,
        nameZh: organisation.name.zh,
        acronym: organisation.acronym,
        country: organisation.country,
        side: organisation.side,
        kind: organisation.kind,
        isExample: false,
      },
    });
  }

  for (const person of Object.values(factPeople)) {
    await tx.person.upsert({
      where: { id: person.id },
      update: {},
      create: {
        id: person.id,
        name: person.name,
        nameZh: person.nameZh,
        titleEn: person.title.en,
        titleMs: person.title.ms,
        titleZh: person.title.zh,
        organisationId: person.organisation ? organisations[person.organisation].id : null,
        side: person.side,
        // Office holders named in a public news report: their names may appear on public pages.
        isPublic: true,
        isExample: false,
      },
    });
  }

  await tx.signingEvent.upsert({
    where: { id: signingEvent.id },
    update: {},
    create: {
      id: signingEvent.id,
      date: signingEvent.date,
      placeEn: signingEvent.place,
      descriptionEn: signingEvent.description.en,
      descriptionMs: signingEvent.description.ms,
      descriptionZh: signingEvent.description.zh,
      isExample: false,
    },
  });
  for (const witness of signingEvent.witnesses) {
    await tx.signingWitness.upsert({
      where: { id: witness.id },
      update: {},
      create: { id: witness.id, signingEventId: signingEvent.id, personId: factPeople[witness.person].id, order: witness.order },
    });
  }

  for (const agreement of Object.values(agreements)) {
    await tx.agreement.upsert({
      where: { id: agreement.id },
      update: {},
      create: {
        id: agreement.id,
        type: agreement.type,
        // The source reports the signing; it says nothing of entry into force.
        status: "SIGNED",
        titleEn: agreement.title.en,
        titleMs: agreement.title.ms,
        titleZh: agreement.title.zh,
        summaryEn: agreement.summary.en,
        summaryMs: agreement.summary.ms,
        summaryZh: agreement.summary.zh,
        signingEventId: agreement.signingEventId,
        signedOn: agreement.signedOn,
        effectiveOn: null,
        expiresOn: null,
        durationMonths: null,
        autoRenewMonths: null,
        noticeDays: null,
        isExample: false,
      },
    });
    await tx.agreementStatusChange.upsert({
      where: { id: agreement.statusChangeId },
      update: {},
      create: {
        id: agreement.statusChangeId,
        agreementId: agreement.id,
        fromStatus: null,
        toStatus: "SIGNED",
        reason: agreement.statusReason,
        changedAt: agreement.signedOn ?? REPORT_DATE,
      },
    });
    for (const party of agreement.parties) {
      await tx.agreementParty.upsert({
        where: { id: party.id },
        update: {},
        create: {
          id: party.id,
          agreementId: agreement.id,
          organisationId: organisations[party.organisation].id,
          side: party.side,
          order: party.order,
        },
      });
    }
    for (const signatory of agreement.exchangedBy) {
      await tx.signatory.upsert({
        where: { id: signatory.id },
        update: {},
        create: {
          id: signatory.id,
          agreementId: agreement.id,
          personId: factPeople[signatory.person].id,
          organisationId: organisations[signatory.organisation].id,
          side: signatory.side,
          titleEn: signatory.title.en,
          titleMs: signatory.title.ms,
          titleZh: signatory.title.zh,
          act: "EXCHANGED",
          order: signatory.order,
        },
      });
    }
    for (const area of agreement.areas) {
      await tx.cooperationArea.upsert({
        where: { id: area.id },
        update: {},
        create: {
          id: area.id,
          agreementId: agreement.id,
          number: area.number,
          // The source quotes a ministry statement, not clause numbers.
          clauseRef: null,
          titleEn: area.title.en,
          titleMs: area.title.ms,
          titleZh: area.title.zh,
          clauseTextEn: area.clauseText.en,
          clauseTextMs: area.clauseText.ms,
          clauseTextZh: area.clauseText.zh,
        },
      });
    }
  }

  await tx.workingGroup.upsert({
    where: { id: jointWorkingGroup.id },
    update: {},
    create: {
      id: jointWorkingGroup.id,
      agreementId: agreements[jointWorkingGroup.agreement].id,
      nameEn: jointWorkingGroup.name.en,
      nameMs: jointWorkingGroup.name.ms,
      nameZh: jointWorkingGroup.name.zh,
      termsOfReferenceEn: jointWorkingGroup.termsOfReference.en,
      termsOfReferenceMs: jointWorkingGroup.termsOfReference.ms,
      termsOfReferenceZh: jointWorkingGroup.termsOfReference.zh,
      // The source says the group "will be established", not when.
      establishedOn: null,
      isExample: false,
    },
  });

  // One statement for all of them: create-only, like every seed write.
  await tx.factSource.createMany({
    skipDuplicates: true,
    data: factSources.map((fact) => ({
      id: fact.id,
      entityType: fact.entityType,
      entityId: fact.entityId,
      field: fact.field,
      standing: fact.standing,
      value: fact.value,
      source: SOURCE_FILE,
      sourceSentence: fact.sentence,
      reasoningEn: fact.reasoning?.en ?? null,
      reasoningMs: fact.reasoning?.ms ?? null,
      reasoningZh: fact.reasoning?.zh ?? null,
    })),
  });
}
