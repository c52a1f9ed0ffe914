// EXAMPLES (isExample true): milestones under the cooperation areas and their monthly progress
// history. Invented, plausible work to make the dashboards lively. Dates are computed from
// "today" so the demo always shows overdue, due-soon, stale, on-track and completed work:
//   overdue (target passed, not completed): 01, 06        due within 30 days: 02, 04
//   no update for more than 60 days: 05                      completed: 07, 12
// No example date falls before 1 May 2025 or after today.
import type { OwnerSide, ProgressStatus } from "../../lib/generated/prisma/client";
import type { TransactionClient } from "../../lib/prisma-client";
import { addDays, addMonths, clampToPast, day, maxDate, toWorkingDay } from "./dates";
import { agreements, areaRefs, organisations, type AreaKey, type OrganisationKey, type Text3 } from "./facts";
import type { DemoUserKey } from "./users";

type Indicator = { unit: string; baseline: number; target: number };

export type MilestoneSpec = {
  /** 1-based; the id is `seed_milestone_NN`. */
  number: number;
  area: AreaKey;
  /** Order within its cooperation area. */
  order: number;
  title: Text3;
  description: string;
  owner: OrganisationKey;
  ownerSide: OwnerSide;
  responsible: DemoUserKey | null;
  weight: 1 | 2 | 3;
  indicator: Indicator | null;
  /** Planned start (clamped into the demo window). */
  startOn: string;
  targetOn: (today: Date) => Date;
  /** When the latest monthly update was reported; earlier ones follow a month apart, back to the start. */
  lastUpdateOn: (today: Date) => Date;
  /** Fixed report dates instead of the monthly series (still clamped to today). */
  fixedUpdateDates?: string[];
  firstPercent: number;
  finalPercent: number;
  finalStatus: ProgressStatus;
  /** Updates whose position (0 = first, 1 = latest) falls in [from, to) are reported AT_RISK. */
  riskWindow?: [number, number];
  /** Updates from this position on are reported OFF_TRACK (before the latest, which has finalStatus). */
  offTrackFrom?: number;
  /** Narratives in order; the updates are spread across them and the last is always the latest's. */
  narratives: string[];
  /** Reported with every AT_RISK or OFF_TRACK update. */
  blockers?: string;
};

const daysFrom = (offset: number) => (today: Date) => addDays(today, offset);

export const milestoneSpecs: MilestoneSpec[] = [
  {
    number: 1,
    area: "de1",
    order: 1,
    title: {
      en: "Joint comparative review of digital economy policies and regulations",
      ms: "Kajian perbandingan bersama dasar dan peraturan ekonomi digital",
      zh: "数字经济政策与法规联合比较研究",
    },
    description:
      "A side-by-side review of both countries' digital economy policies and regulations, identifying where regulatory " +
      "alignment is possible, to be tabled at the Joint Working Group as a draft joint report.",
    owner: "mod",
    ownerSide: "MALAYSIA",
    responsible: "officerMy",
    weight: 3,
    indicator: null,
    startOn: "2025-06-02",
    targetOn: daysFrom(-35),
    lastUpdateOn: daysFrom(-20),
    firstPercent: 5,
    finalPercent: 75,
    finalStatus: "OFF_TRACK",
    riskWindow: [0.6, 1],
    offTrackFrom: 0.85,
    narratives: [
      "Review team set up in the Ministry of Digital; scope and chapter outline shared with the NDRC for comment.",
      "Inventory of Malaysian digital economy policies and regulations compiled (e-commerce, data protection, digital trade).",
      "Chinese policy materials received through the JWG secretariat; translation of key documents under way.",
      "Draft comparison chapters on e-commerce and digital trade completed and circulated internally.",
      "Chapter on cross-border data flows delayed pending inter-agency comments; other chapters being consolidated.",
      "Draft joint report not finalised and the target date has passed. Revised timeline proposed to the JWG co-chairs.",
    ],
    blockers: "Inter-agency comments on the cross-border data flow chapter are still outstanding.",
  },
  {
    number: 2,
    area: "de2",
    order: 1,
    title: {
      en: "Exchange of industrial digital transformation case studies",
      ms: "Pertukaran kajian kes transformasi digital industri",
      zh: "产业数字化转型案例交流",
    },
    description:
      "The NDRC compiles and shares case studies of industrial digital transformation in manufacturing, logistics and " +
      "agriculture, for use by Malaysian agencies and industry associations.",
    owner: "ndrc",
    ownerSide: "CHINA",
    responsible: "officerCn",
    weight: 2,
    indicator: { unit: "case studies", baseline: 0, target: 20 },
    startOn: "2025-07-01",
    targetOn: daysFrom(12),
    lastUpdateOn: daysFrom(-9),
    firstPercent: 5,
    finalPercent: 85,
    finalStatus: "ON_TRACK",
    narratives: [
      "Case study template agreed with the Ministry of Digital; sectors selected: manufacturing, logistics, agriculture.",
      "First batch of case studies drafted with input from provincial development and reform commissions.",
      "Case studies translated into English and shared through the JWG secretariat.",
      "Malaysian feedback incorporated into the template; further case studies shared.",
      "Final batch in translation; on course for the target date.",
    ],
  },
  {
    number: 3,
    area: "de3",
    order: 1,
    title: {
      en: "Joint innovation challenge on cross-border digital trade",
      ms: "Cabaran inovasi bersama mengenai perdagangan digital rentas sempadan",
      zh: "跨境数字贸易联合创新挑战赛",
    },
    description:
      "A joint challenge inviting start-ups from both countries to propose solutions for cross-border digital trade, " +
      "ending with a demonstration day.",
    owner: "mod",
    ownerSide: "JOINT",
    responsible: null,
    weight: 3,
    indicator: null,
    startOn: "2025-08-04",
    targetOn: daysFrom(60),
    lastUpdateOn: daysFrom(-6),
    firstPercent: 5,
    finalPercent: 55,
    finalStatus: "ON_TRACK",
    narratives: [
      "Concept note agreed by both sides at working level.",
      "Challenge statements drafted with input from industry associations in both countries.",
      "Evaluation criteria and the composition of the judging panel agreed.",
      "Call for proposals drafted; legal review of participation terms under way on both sides.",
      "Launch arrangements confirmed; outreach plan for start-ups in both countries in preparation.",
    ],
  },
  {
    number: 4,
    area: "de4",
    order: 1,
    title: {
      en: "Digital economy officials exchange programme",
      ms: "Program pertukaran pegawai ekonomi digital",
      zh: "数字经济官员交流项目",
    },
    description: "Short placements of Malaysian and Chinese officials in each other's digital economy agencies, in cohorts.",
    owner: "mod",
    ownerSide: "MALAYSIA",
    responsible: "officerMy",
    weight: 2,
    indicator: { unit: "people", baseline: 0, target: 40 },
    startOn: "2025-06-16",
    targetOn: daysFrom(25),
    lastUpdateOn: daysFrom(-12),
    firstPercent: 0,
    finalPercent: 70,
    finalStatus: "AT_RISK",
    riskWindow: [0.8, 1],
    narratives: [
      "Programme framework drafted; placements of two to four weeks proposed.",
      "Nomination call issued to Malaysian agencies; first nominations received.",
      "First cohort completed their placements; feedback survey issued.",
      "Second cohort placed; host organisations for the final cohort under discussion.",
      "Host organisations for the final cohort not yet confirmed; the target date is at risk.",
    ],
    blockers: "Host organisations for the final cohort have not yet been confirmed by the Chinese side.",
  },
  {
    number: 5,
    area: "de5",
    order: 1,
    title: {
      en: "Enterprise match-making between Malaysian and Chinese cities",
      ms: "Padanan perusahaan antara bandar Malaysia dan China",
      zh: "马中城市企业对接活动",
    },
    description:
      "Match-making sessions pairing digital enterprises from Malaysian and Chinese cities, as a pilot for " +
      "cooperation between cities and enterprises.",
    owner: "ndrc",
    ownerSide: "CHINA",
    responsible: "officerCn",
    weight: 2,
    indicator: { unit: "enterprise pairings", baseline: 0, target: 30 },
    startOn: "2025-07-14",
    targetOn: daysFrom(90),
    lastUpdateOn: daysFrom(-75),
    firstPercent: 0,
    finalPercent: 30,
    finalStatus: "AT_RISK",
    riskWindow: [0.7, 1],
    narratives: [
      "Candidate cities on both sides identified; match-making format agreed.",
      "Online registration platform for enterprises set up by the Chinese side.",
      "First online match-making session held; initial pairings recorded.",
      "Shortlist of enterprises for the second session delayed; pairings behind plan.",
    ],
    blockers: "The shortlist of enterprises for the second match-making session has not been received.",
  },
  {
    number: 6,
    area: "de1",
    order: 2,
    title: {
      en: "Comparative study of data governance frameworks",
      ms: "Kajian perbandingan rangka kerja tadbir urus data",
      zh: "数据治理框架比较研究",
    },
    description:
      "The National Data Administration prepares a study comparing both countries' data governance frameworks, as " +
      "input to regulatory alignment.",
    owner: "nda",
    ownerSide: "CHINA",
    responsible: null,
    weight: 2,
    indicator: null,
    startOn: "2025-06-23",
    targetOn: daysFrom(-10),
    lastUpdateOn: daysFrom(-4),
    firstPercent: 5,
    finalPercent: 90,
    finalStatus: "AT_RISK",
    riskWindow: [0.85, 1],
    narratives: [
      "Study outline and methodology shared with the Ministry of Digital.",
      "Chinese data governance documents compiled and summarised.",
      "Malaysian framework documents received; comparison matrix drafted.",
      "Draft chapters completed; internal review under way.",
      "Final clearance taking longer than planned; the study will be delivered shortly after the target date.",
    ],
    blockers: "Internal clearance of the final draft is taking longer than planned.",
  },
  {
    number: 7,
    area: "ai1",
    order: 1,
    title: {
      en: "First AI technical exchange programme",
      ms: "Program pertukaran teknikal AI yang pertama",
      zh: "首期人工智能技术交流项目",
    },
    description:
      "A two-week technical exchange for AI engineers and researchers, with study visits to AI laboratories and " +
      "companies in both countries.",
    owner: "ndrc",
    ownerSide: "JOINT",
    responsible: null,
    weight: 2,
    indicator: { unit: "participants", baseline: 0, target: 40 },
    startOn: "2025-06-09",
    targetOn: daysFrom(-120),
    lastUpdateOn: daysFrom(-135),
    firstPercent: 10,
    finalPercent: 100,
    finalStatus: "COMPLETED",
    narratives: [
      "Programme themes agreed: large language models, computer vision and AI in public services.",
      "Host institutions confirmed; nomination of participants under way on both sides.",
      "Participants selected, twenty from each side; logistics arranged.",
      "Exchange visits held; study visits to laboratories and companies completed.",
      "Programme report drafted and shared with both sides.",
      "Final report accepted by both sides; milestone completed.",
    ],
  },
  {
    number: 8,
    area: "ai2",
    order: 1,
    title: {
      en: "Catalogue of shareable AI training datasets",
      ms: "Katalog set data latihan AI yang boleh dikongsi",
      zh: "可共享人工智能训练数据集目录",
    },
    description:
      "A catalogue of public-sector datasets suitable for AI training, with metadata and access conditions, as the " +
      "basis for cooperation on building datasets.",
    owner: "mod",
    ownerSide: "MALAYSIA",
    responsible: "officerMy",
    weight: 3,
    indicator: { unit: "datasets", baseline: 0, target: 100 },
    startOn: "2025-07-07",
    targetOn: daysFrom(150),
    lastUpdateOn: daysFrom(-14),
    firstPercent: 0,
    finalPercent: 45,
    finalStatus: "ON_TRACK",
    narratives: [
      "Catalogue metadata standard drafted, drawing on the national open data portal.",
      "Data owners in ministries and agencies asked to nominate datasets.",
      "First datasets catalogued and quality-checked.",
      "Access conditions for sensitive datasets reviewed with legal advisers.",
      "Catalogue growing steadily; licensing terms for shared datasets under review.",
    ],
  },
  {
    number: 9,
    area: "ai3",
    order: 1,
    title: {
      en: "Exchange of national AI ethics guidelines",
      ms: "Pertukaran garis panduan etika AI kebangsaan",
      zh: "交流国家人工智能伦理准则",
    },
    description:
      "Both sides exchange their AI ethics guidelines and governance principles and hold a joint session on AI " +
      "applications in selected areas.",
    owner: "ndrc",
    ownerSide: "CHINA",
    responsible: "officerCn",
    weight: 1,
    indicator: null,
    startOn: "2025-08-11",
    targetOn: daysFrom(75),
    lastUpdateOn: daysFrom(-18),
    firstPercent: 5,
    finalPercent: 65,
    finalStatus: "ON_TRACK",
    riskWindow: [0.4, 0.6],
    narratives: [
      "Guideline documents identified on both sides.",
      "Translation of the guideline documents commissioned.",
      "Translation delayed by terminology questions; a bilingual glossary is being agreed.",
      "Glossary agreed; translated guidelines exchanged.",
      "Joint session on AI applications in healthcare and agriculture being planned.",
    ],
    blockers: "Agreeing a bilingual glossary of AI ethics terms is taking longer than expected.",
  },
  {
    number: 10,
    area: "ai4",
    order: 1,
    title: {
      en: "Joint workshop on AI security risk assessment",
      ms: "Bengkel bersama mengenai penilaian risiko keselamatan AI",
      zh: "人工智能安全风险评估联合研讨会",
    },
    description:
      "A workshop comparing approaches to assessing and mitigating AI security risks, including model evaluation and " +
      "incident reporting.",
    owner: "nda",
    ownerSide: "CHINA",
    responsible: null,
    weight: 2,
    indicator: null,
    startOn: "2025-09-01",
    targetOn: daysFrom(100),
    lastUpdateOn: daysFrom(-11),
    firstPercent: 0,
    finalPercent: 40,
    finalStatus: "ON_TRACK",
    narratives: [
      "Workshop objectives and topics proposed by the Chinese side.",
      "Topics agreed; speakers being identified on both sides.",
      "Draft workshop programme circulated for comments.",
      "Programme being finalised; venue options in Beijing under review.",
    ],
  },
  {
    number: 11,
    area: "ai5",
    order: 1,
    title: {
      en: "AI literacy programme for public officials",
      ms: "Program literasi AI untuk pegawai awam",
      zh: "公职人员人工智能素养培训项目",
    },
    description:
      "Training modules on AI knowledge and professional skills for public officials, developed with material shared " +
      "by the Chinese side.",
    owner: "mod",
    ownerSide: "MALAYSIA",
    responsible: "officerMy",
    weight: 3,
    indicator: { unit: "people", baseline: 0, target: 200 },
    startOn: "2025-07-21",
    targetOn: daysFrom(180),
    lastUpdateOn: daysFrom(-7),
    firstPercent: 0,
    finalPercent: 50,
    finalStatus: "ON_TRACK",
    narratives: [
      "Training needs analysis completed across ministries.",
      "Curriculum for introductory and practitioner modules drafted.",
      "Pilot class held for officials of the Ministry of Digital.",
      "Module content updated with case studies shared by the Chinese side.",
      "Regular classes under way; enrolment steady.",
    ],
  },
  {
    number: 12,
    area: "loi3",
    order: 1,
    title: {
      en: "Showcase at the inaugural Smart City Expo Kuala Lumpur",
      ms: "Pameran di Smart City Expo Kuala Lumpur yang sulung",
      zh: "在首届吉隆坡智慧城市博览会上展示合作成果",
    },
    description:
      "A joint MDEC and Zhejiang University showcase of smart city cooperation at the inaugural Smart City Expo Kuala " +
      "Lumpur, which Malaysia hosts in September 2025 (as stated in the source report).",
    owner: "mdec",
    ownerSide: "MALAYSIA",
    responsible: null,
    weight: 2,
    indicator: null,
    startOn: "2025-05-19",
    targetOn: () => day("2025-09-30"),
    lastUpdateOn: () => day("2025-09-30"),
    fixedUpdateDates: ["2025-06-27", "2025-07-25", "2025-08-29", "2025-09-30"],
    firstPercent: 20,
    finalPercent: 100,
    finalStatus: "COMPLETED",
    narratives: [
      "Showcase concept agreed with Zhejiang University; exhibition space requested.",
      "Exhibition content drafted: smart mobility and urban data platform demonstrations.",
      "Exhibits shipped and panel speakers confirmed.",
      "Showcase delivered at the Expo and visitor feedback collected; milestone completed.",
    ],
  },
  {
    number: 13,
    area: "loi1",
    order: 1,
    title: {
      en: "Executive programme on digital transformation",
      ms: "Program eksekutif mengenai transformasi digital",
      zh: "数字化转型高级管理人员培训项目",
    },
    description: "An executive programme run by Zhejiang University on digital transformation for Malaysian business leaders nominated by MDEC.",
    owner: "zju",
    ownerSide: "CHINA",
    responsible: null,
    weight: 1,
    indicator: { unit: "people", baseline: 0, target: 60 },
    startOn: "2025-09-15",
    targetOn: daysFrom(200),
    lastUpdateOn: daysFrom(-16),
    firstPercent: 0,
    finalPercent: 35,
    finalStatus: "ON_TRACK",
    narratives: [
      "Programme outline proposed by Zhejiang University.",
      "Curriculum agreed with MDEC; first intake planned.",
      "Recruitment of participants under way through MDEC's industry networks.",
      "First intake enrolled; online modules started.",
    ],
  },
];

export function milestoneId(number: number): string {
  return `seed_milestone_${String(number).padStart(2, "0")}`;
}

export type PlannedUpdate = {
  id: string;
  reportedOn: Date;
  percentComplete: number;
  indicatorActual: number | null;
  status: ProgressStatus;
  narrative: string;
  blockers: string | null;
};

export type PlannedMilestone = {
  spec: MilestoneSpec;
  id: string;
  startOn: Date;
  targetOn: Date;
  updates: PlannedUpdate[];
};

/** The dates of a milestone's updates: a month apart, ending at its latest, never before its start. */
function updateDates(spec: MilestoneSpec, startOn: Date, today: Date): Date[] {
  if (spec.fixedUpdateDates) return spec.fixedUpdateDates.map((iso) => clampToPast(day(iso), today));
  const latest = maxDate(clampToPast(toWorkingDay(spec.lastUpdateOn(today)), today), startOn);
  const earliest = addDays(startOn, 21);
  const dates: Date[] = [];
  for (let date = latest; date >= earliest; date = addMonths(date, -1)) dates.unshift(toWorkingDay(date));
  return dates.length ? dates : [latest];
}

/** Works out a milestone's dates and its progress history relative to today. */
export function planMilestone(spec: MilestoneSpec, today: Date): PlannedMilestone {
  const id = milestoneId(spec.number);
  const startOn = clampToPast(day(spec.startOn), addDays(today, -30));
  const targetOn = maxDate(spec.targetOn(today), addDays(startOn, 30));
  const dates = updateDates(spec, startOn, today);
  const count = dates.length;
  const lastStage = spec.narratives.length - 1;

  let previous: Date | null = null;
  const updates = dates.map((date, index): PlannedUpdate => {
    // Keep the history strictly in date order even when clamping squeezed it together.
    const reportedOn: Date = previous && date <= previous ? addDays(previous, 1) : date;
    previous = reportedOn;
    const isLatest = index === count - 1;
    const position = count === 1 ? 1 : index / (count - 1);
    let percentComplete = Math.round(spec.firstPercent + (spec.finalPercent - spec.firstPercent) * position);
    if (spec.finalStatus === "COMPLETED") percentComplete = isLatest ? 100 : Math.min(percentComplete, 95);
    const isAtRisk = spec.riskWindow !== undefined && position >= spec.riskWindow[0] && position < spec.riskWindow[1];
    const isOffTrack = spec.offTrackFrom !== undefined && position >= spec.offTrackFrom;
    const status: ProgressStatus = isLatest ? spec.finalStatus : isOffTrack ? "OFF_TRACK" : isAtRisk ? "AT_RISK" : "ON_TRACK";
    const stage = isLatest ? lastStage : Math.min(lastStage - 1, Math.floor(position * lastStage));
    const indicator = spec.indicator;
    return {
      id: `${id.replace("seed_milestone_", "seed_update_")}_${String(index + 1).padStart(2, "0")}`,
      reportedOn,
      percentComplete,
      indicatorActual: indicator
        ? Math.round(indicator.baseline + ((indicator.target - indicator.baseline) * percentComplete) / 100)
        : null,
      status,
      narrative: spec.narratives[Math.max(0, stage)] ?? spec.description,
      blockers: status === "AT_RISK" || status === "OFF_TRACK" ? (spec.blockers ?? null) : null,
    };
  });

  return { spec, id, startOn, targetOn, updates };
}

/** Who files the updates of a milestone in the demo: the demo officer of the owning ministry. */
function authorKey(spec: MilestoneSpec): DemoUserKey | null {
  if (spec.owner === "mod") return "officerMy";
  if (spec.owner === "ndrc") return "officerCn";
  return null;
}

export async function seedExampleMilestones(
  tx: TransactionClient,
  context: { today: Date; users: Partial<Record<DemoUserKey, string>>; usersCreatedNow: ReadonlySet<DemoUserKey> },
): Promise<void> {
  for (const spec of milestoneSpecs) {
    const plan = planMilestone(spec, context.today);
    const latest = plan.updates[plan.updates.length - 1];
    if (!latest) throw new Error(`Milestone ${plan.id} has no progress update`);
    const area = areaRefs[spec.area];
    const author = authorKey(spec);
    const authorId = author ? (context.users[author] ?? null) : null;
    const responsibleUserId = spec.responsible ? (context.users[spec.responsible] ?? null) : null;

    // Created once with its whole history, so the milestone's current state is always its latest update's.
    await tx.milestone.upsert({
      where: { id: plan.id },
      update: {},
      create: {
        id: plan.id,
        agreementId: agreements[area.agreement].id,
        cooperationAreaId: area.id,
        titleEn: spec.title.en,
        titleMs: spec.title.ms,
        titleZh: spec.title.zh,
        descriptionEn: spec.description,
        ownerOrganisationId: organisations[spec.owner].id,
        ownerSide: spec.ownerSide,
        responsibleUserId,
        startOn: plan.startOn,
        targetOn: plan.targetOn,
        weight: spec.weight,
        indicatorUnit: spec.indicator?.unit ?? null,
        indicatorBaseline: spec.indicator?.baseline ?? null,
        indicatorTarget: spec.indicator?.target ?? null,
        order: spec.order,
        status: latest.status,
        percentComplete: latest.percentComplete,
        lastUpdateOn: latest.reportedOn,
        completedOn: latest.status === "COMPLETED" ? latest.reportedOn : null,
        isExample: true,
        updates: {
          create: plan.updates.map((update) => ({
            id: update.id,
            reportedOn: update.reportedOn,
            percentComplete: update.percentComplete,
            indicatorActual: update.indicatorActual,
            status: update.status,
            narrative: update.narrative,
            blockers: update.blockers,
            authorId,
            isExample: true,
            createdAt: update.reportedOn,
          })),
        },
      },
    });

    // A demo officer created after the milestones (an earlier run without demo users) still gets
    // their milestones, unless someone has assigned the milestone since.
    if (spec.responsible && responsibleUserId && context.usersCreatedNow.has(spec.responsible)) {
      await tx.milestone.updateMany({
        where: { id: plan.id, responsibleUserId: null },
        data: { responsibleUserId },
      });
    }
  }
}
