// EXAMPLES (isExample true): meetings of the Joint Working Group on Digital Economy, their
// agenda, attendance, minutes and decisions, and the action items that came out of them.
//   1st meeting: July 2025, Putrajaya (held)     2nd meeting: November 2025 or, when today is
//   later, about two months before today, Beijing (held)     3rd meeting: three weeks after today, online (scheduled)
import type { ActionItemStatus, OwnerSide, Priority } from "../../lib/generated/prisma/client";
import type { TransactionClient } from "../../lib/prisma-client";
import { addDays, atLocalTime, day, maxDate, toWorkingDay } from "./dates";
import { examplePeople, type ExamplePersonKey } from "./example-people";
import { milestoneId } from "./example-milestones";
import { areaRefs, jointWorkingGroup, type AreaKey, type Text3 } from "./facts";
import type { DemoUserKey } from "./users";

/** Kuala Lumpur and Shanghai are both UTC+8 all year. */
const UTC_OFFSET_HOURS = 8;

type MeetingKey = "first" | "second" | "third";

type AgendaSpec = {
  id: string;
  title: string;
  presenter: ExamplePersonKey;
  minutes: string | null;
  /** The open action item this agenda item carries over. */
  carries?: ActionKey;
};

type DecisionSpec = { id: string; agendaIndex: number; text: Text3 };

type MeetingSpec = {
  id: string;
  title: Text3;
  date: (today: Date) => Date;
  hours: [start: number, end: number];
  timeZone: "Asia/Kuala_Lumpur" | "Asia/Shanghai";
  venue: string | null;
  onlineUrl: string | null;
  status: "HELD" | "SCHEDULED";
  minutesSummary: string | null;
  agenda: AgendaSpec[];
  absent: ExamplePersonKey[];
  decisions: DecisionSpec[];
};

const everyone = Object.keys(examplePeople) as ExamplePersonKey[];

const meetingDates = {
  first: () => day("2025-07-22"),
  second: (today: Date) => toWorkingDay(maxDate(day("2025-11-18"), addDays(today, -63))),
  third: (today: Date) => toWorkingDay(addDays(today, 21)),
} satisfies Record<MeetingKey, (today: Date) => Date>;

const meetings: Record<MeetingKey, MeetingSpec> = {
  first: {
    id: "seed_meeting_01",
    title: {
      en: "1st Meeting of the Joint Working Group on Digital Economy",
      ms: "Mesyuarat Pertama Kumpulan Kerja Bersama mengenai Ekonomi Digital",
      zh: "数字经济联合工作组第一次会议",
    },
    date: meetingDates.first,
    hours: [9.5, 16.5],
    timeZone: "Asia/Kuala_Lumpur",
    venue: "Meeting Room 1, Ministry of Digital, Putrajaya",
    onlineUrl: null,
    status: "HELD",
    minutesSummary:
      "Inaugural meeting. The group adopted its terms of reference and a work plan for 2025–2026 covering the five " +
      "cooperation areas of the MoU, and the two sides agreed to exchange documentation on their data governance frameworks.",
    agenda: [
      {
        id: "seed_agenda_01_1",
        title: "Opening remarks by the co-chairs and adoption of the agenda",
        presenter: "myCoChair",
        minutes: "The Malaysian co-chair welcomed the delegation of the National Data Administration. The agenda was adopted without amendment.",
      },
      {
        id: "seed_agenda_01_2",
        title: "Terms of reference of the Joint Working Group",
        presenter: "mySecretariat",
        minutes:
          "The Malaysian secretariat presented the draft terms of reference: the group meets at least twice a year, " +
          "alternating between the two countries, with a secretariat on each side.",
      },
      {
        id: "seed_agenda_01_3",
        title: "Work plan 2025–2026 for the five cooperation areas",
        presenter: "cnCoChair",
        minutes: "The Chinese co-chair presented a draft work plan for the five cooperation areas. Both sides agreed to name a focal point for each area.",
      },
      {
        id: "seed_agenda_01_4",
        title: "Exchange on data governance frameworks",
        presenter: "cnMember",
        minutes: "The National Data Administration briefed on China's data governance framework; Malaysia outlined its personal data protection and data sharing laws.",
      },
    ],
    absent: [],
    decisions: [
      {
        id: "seed_decision_01_1",
        agendaIndex: 1,
        text: {
          en: "The terms of reference of the Joint Working Group were adopted.",
          ms: "Terma rujukan Kumpulan Kerja Bersama telah diterima pakai.",
          zh: "会议通过了联合工作组职权范围。",
        },
      },
      {
        id: "seed_decision_01_2",
        agendaIndex: 2,
        text: {
          en: "The work plan 2025–2026 was adopted; each side will name a focal point for each cooperation area.",
          ms: "Pelan kerja 2025–2026 telah diterima pakai; setiap pihak akan menamakan pegawai penghubung bagi setiap bidang kerjasama.",
          zh: "会议通过了2025—2026年工作计划；双方将为每个合作领域指定联络人。",
        },
      },
      {
        id: "seed_decision_01_3",
        agendaIndex: 3,
        text: {
          en: "Both sides will exchange documentation on their data governance frameworks.",
          ms: "Kedua-dua pihak akan bertukar dokumentasi mengenai rangka kerja tadbir urus data masing-masing.",
          zh: "双方将交换各自数据治理框架的相关文件。",
        },
      },
    ],
  },
  second: {
    id: "seed_meeting_02",
    title: {
      en: "2nd Meeting of the Joint Working Group on Digital Economy",
      ms: "Mesyuarat Kedua Kumpulan Kerja Bersama mengenai Ekonomi Digital",
      zh: "数字经济联合工作组第二次会议",
    },
    date: meetingDates.second,
    hours: [9.5, 17],
    timeZone: "Asia/Shanghai",
    venue: "Conference Room 3, National Data Administration, Beijing",
    onlineUrl: null,
    status: "HELD",
    minutesSummary:
      "The group reviewed progress in each cooperation area. Malaysia will submit the draft joint report on policy and " +
      "regulatory alignment; China will propose host organisations for the officials exchange and the shortlist for the " +
      "second enterprise match-making session; both sides will draft the call for proposals of the innovation challenge. " +
      "The Malaysian delegation was led by Arjun a/l Ramasamy in the absence of the Malaysian co-chair.",
    agenda: [
      {
        id: "seed_agenda_02_1",
        title: "Adoption of the agenda and review of the action items of the 1st meeting",
        presenter: "cnCoChair",
        minutes: "The agenda was adopted. The secretariats reported that all action items of the 1st meeting had been completed.",
      },
      {
        id: "seed_agenda_02_2",
        title: "Policy coordination and regulatory alignment: progress of the joint review",
        presenter: "myMember",
        minutes:
          "Malaysia reported progress on the joint comparative review of policies and regulations; the chapter on " +
          "cross-border data flows awaits inter-agency comments.",
      },
      {
        id: "seed_agenda_02_3",
        title: "Talent development and digital technology innovation",
        presenter: "cnMember",
        minutes: "The group reviewed the first cohorts of the officials exchange and the concept of a joint innovation challenge on cross-border digital trade.",
      },
      {
        id: "seed_agenda_02_4",
        title: "Cooperation between cities and enterprises; date and format of the next meeting",
        presenter: "cnSecretariat",
        minutes: "The Chinese side reported on the first online match-making session. The next meeting will be held online.",
      },
    ],
    absent: ["myCoChair"],
    decisions: [
      {
        id: "seed_decision_02_1",
        agendaIndex: 2,
        text: {
          en: "Malaysia will submit the draft joint report on policy and regulatory alignment for review by both sides.",
          ms: "Malaysia akan mengemukakan draf laporan bersama mengenai penyelarasan dasar dan penjajaran peraturan untuk semakan kedua-dua pihak.",
          zh: "马方将提交政策协调与监管对接联合报告草案，供双方审阅。",
        },
      },
      {
        id: "seed_decision_02_2",
        agendaIndex: 3,
        text: {
          en: "The Chinese side will propose host organisations for the next cohort of the officials exchange programme.",
          ms: "Pihak China akan mencadangkan organisasi tuan rumah bagi kohort seterusnya program pertukaran pegawai.",
          zh: "中方将为下一批官员交流项目提出接待单位建议。",
        },
      },
      {
        id: "seed_decision_02_3",
        agendaIndex: 3,
        text: {
          en: "Both sides will draft the joint call for proposals of the innovation challenge on cross-border digital trade.",
          ms: "Kedua-dua pihak akan merangka seruan cadangan bersama bagi cabaran inovasi perdagangan digital rentas sempadan.",
          zh: "双方将共同起草跨境数字贸易创新挑战赛的征集公告。",
        },
      },
      {
        id: "seed_decision_02_4",
        agendaIndex: 4,
        text: {
          en: "The Chinese side will provide the shortlist of enterprises for the second match-making session.",
          ms: "Pihak China akan menyediakan senarai pendek perusahaan bagi sesi padanan kedua.",
          zh: "中方将提供第二场企业对接活动的企业候选名单。",
        },
      },
      {
        id: "seed_decision_02_5",
        agendaIndex: 4,
        text: {
          en: "The 3rd meeting will be held online; the Malaysian secretariat will prepare the agenda.",
          ms: "Mesyuarat ketiga akan diadakan secara dalam talian; urus setia Malaysia akan menyediakan agenda.",
          zh: "第三次会议将以线上方式举行，由马方秘书处准备议程。",
        },
      },
    ],
  },
  third: {
    id: "seed_meeting_03",
    title: {
      en: "3rd Meeting of the Joint Working Group on Digital Economy",
      ms: "Mesyuarat Ketiga Kumpulan Kerja Bersama mengenai Ekonomi Digital",
      zh: "数字经济联合工作组第三次会议",
    },
    date: meetingDates.third,
    hours: [10, 12.5],
    timeZone: "Asia/Kuala_Lumpur",
    venue: null,
    onlineUrl: "https://meet.example.org/jwg-digital-economy-3",
    status: "SCHEDULED",
    minutesSummary: null,
    agenda: [
      { id: "seed_agenda_03_1", title: "Adoption of the agenda", presenter: "myCoChair", minutes: null },
      {
        id: "seed_agenda_03_2",
        title: "Draft joint report on policy and regulatory alignment (carried over)",
        presenter: "myMember",
        minutes: null,
        carries: "draftJointReport",
      },
      {
        id: "seed_agenda_03_3",
        title: "Host organisations for the officials exchange programme (carried over)",
        presenter: "cnMember",
        minutes: null,
        carries: "hostOrganisations",
      },
      {
        id: "seed_agenda_03_4",
        title: "Shortlist for the second enterprise match-making session (carried over)",
        presenter: "cnSecretariat",
        minutes: null,
        carries: "matchMakingShortlist",
      },
    ],
    absent: [],
    decisions: [],
  },
};

// ---------------------------------------------------------------------------------------------
// Action items
// ---------------------------------------------------------------------------------------------

type ActionKey =
  | "circulateTerms"
  | "shareDataGovernance"
  | "nameFocalPoints"
  | "draftJointReport"
  | "hostOrganisations"
  | "innovationCall"
  | "matchMakingShortlist"
  | "thirdMeetingAgenda";

type ActionSpec = {
  id: string;
  meeting: Exclude<MeetingKey, "third">;
  decisionId: string;
  title: Text3;
  description: string;
  ownerSide: OwnerSide;
  malaysiaOwner: ExamplePersonKey | null;
  chinaOwner: ExamplePersonKey | null;
  /** Planned due date (see actionDueOn). */
  dueOn: (today: Date) => Date;
  status: ActionItemStatus;
  priority: Priority;
  area: AreaKey | null;
  milestone: number | null;
  /** Days after the due date (negative: before) the item was submitted / reviewed or closed. */
  submittedOffset?: number;
  reviewedOffset?: number;
  /** The demo account that reviewed it. */
  reviewer?: DemoUserKey;
};

const actionItems: Record<ActionKey, ActionSpec> = {
  circulateTerms: {
    id: "seed_action_item_01",
    meeting: "first",
    decisionId: "seed_decision_01_1",
    title: {
      en: "Circulate the adopted terms of reference in English, Malay and Chinese",
      ms: "Edarkan terma rujukan yang diterima pakai dalam bahasa Inggeris, Melayu dan Cina",
      zh: "分发英文、马来文和中文版已通过的职权范围",
    },
    description: "The Malaysian secretariat circulates the final terms of reference in the three languages to all members.",
    ownerSide: "MALAYSIA",
    malaysiaOwner: "mySecretariat",
    chinaOwner: null,
    dueOn: () => day("2025-08-15"),
    status: "CLOSED",
    priority: "MEDIUM",
    area: null,
    milestone: null,
    submittedOffset: -3,
    reviewedOffset: -1,
    reviewer: "memberCn",
  },
  shareDataGovernance: {
    id: "seed_action_item_02",
    meeting: "first",
    decisionId: "seed_decision_01_3",
    title: {
      en: "Share documentation on China's data governance framework",
      ms: "Kongsi dokumentasi mengenai rangka kerja tadbir urus data China",
      zh: "提供中国数据治理框架的相关文件",
    },
    description: "Summaries in English of the main laws, regulations and standards, as input to the comparative study.",
    ownerSide: "CHINA",
    malaysiaOwner: null,
    chinaOwner: "cnMember",
    dueOn: () => day("2025-09-30"),
    status: "ACCEPTED",
    priority: "MEDIUM",
    area: "de1",
    milestone: 6,
    submittedOffset: -6,
    reviewedOffset: -1,
    reviewer: "memberMy",
  },
  nameFocalPoints: {
    id: "seed_action_item_03",
    meeting: "first",
    decisionId: "seed_decision_01_2",
    title: {
      en: "Name a focal point for each of the five cooperation areas",
      ms: "Namakan pegawai penghubung bagi setiap lima bidang kerjasama",
      zh: "为五个合作领域分别指定联络人",
    },
    description: "Each co-chair names one focal point per cooperation area and informs the other side's secretariat.",
    ownerSide: "JOINT",
    malaysiaOwner: "myCoChair",
    chinaOwner: "cnCoChair",
    dueOn: () => day("2025-08-29"),
    status: "CLOSED",
    priority: "HIGH",
    area: null,
    milestone: null,
    submittedOffset: -2,
    reviewedOffset: 4,
    reviewer: "memberMy",
  },
  draftJointReport: {
    id: "seed_action_item_04",
    meeting: "second",
    decisionId: "seed_decision_02_1",
    title: {
      en: "Submit the draft joint report on policy and regulatory alignment",
      ms: "Kemukakan draf laporan bersama mengenai penyelarasan dasar dan penjajaran peraturan",
      zh: "提交政策协调与监管对接联合报告草案",
    },
    description: "The draft report of the joint comparative review, including the chapter on cross-border data flows.",
    ownerSide: "MALAYSIA",
    malaysiaOwner: "myMember",
    chinaOwner: null,
    dueOn: (today) => addDays(today, -14),
    status: "IN_PROGRESS",
    priority: "HIGH",
    area: "de1",
    milestone: 1,
  },
  hostOrganisations: {
    id: "seed_action_item_05",
    meeting: "second",
    decisionId: "seed_decision_02_2",
    title: {
      en: "Propose host organisations for the next cohort of the officials exchange",
      ms: "Cadangkan organisasi tuan rumah bagi kohort seterusnya pertukaran pegawai",
      zh: "为下一批官员交流提出接待单位建议",
    },
    description: "A list of host organisations, placement themes and available dates for the next cohort of Malaysian officials.",
    ownerSide: "CHINA",
    malaysiaOwner: null,
    chinaOwner: "cnMember",
    dueOn: (today) => addDays(today, -5),
    status: "SUBMITTED",
    priority: "MEDIUM",
    area: "de4",
    milestone: 4,
    submittedOffset: -2,
  },
  innovationCall: {
    id: "seed_action_item_06",
    meeting: "second",
    decisionId: "seed_decision_02_3",
    title: {
      en: "Draft the joint call for proposals of the innovation challenge",
      ms: "Rangka seruan cadangan bersama bagi cabaran inovasi",
      zh: "起草创新挑战赛联合征集公告",
    },
    description: "Challenge statements, eligibility, evaluation criteria and timeline, in the three languages.",
    ownerSide: "JOINT",
    malaysiaOwner: "myMember",
    chinaOwner: "cnCoChair",
    dueOn: (today) => addDays(today, 10),
    status: "IN_PROGRESS",
    priority: "MEDIUM",
    area: "de3",
    milestone: 3,
  },
  matchMakingShortlist: {
    id: "seed_action_item_07",
    meeting: "second",
    decisionId: "seed_decision_02_4",
    title: {
      en: "Provide the shortlist of enterprises for the second match-making session",
      ms: "Sediakan senarai pendek perusahaan bagi sesi padanan kedua",
      zh: "提供第二场企业对接活动的企业候选名单",
    },
    description: "Shortlisted Chinese digital enterprises with their profiles and the Malaysian partners they wish to meet.",
    ownerSide: "CHINA",
    malaysiaOwner: null,
    chinaOwner: "cnSecretariat",
    dueOn: (today) => addDays(today, -30),
    status: "OPEN",
    priority: "HIGH",
    area: "de5",
    milestone: 5,
  },
  thirdMeetingAgenda: {
    id: "seed_action_item_08",
    meeting: "second",
    decisionId: "seed_decision_02_5",
    title: {
      en: "Prepare the agenda and arrangements for the 3rd meeting",
      ms: "Sediakan agenda dan urusan mesyuarat ketiga",
      zh: "准备第三次会议的议程和会务安排",
    },
    description: "Draft agenda, online meeting link and briefing notes, circulated to both delegations.",
    ownerSide: "MALAYSIA",
    malaysiaOwner: "mySecretariat",
    chinaOwner: null,
    dueOn: (today) => addDays(today, 7),
    status: "OPEN",
    priority: "LOW",
    area: null,
    milestone: null,
  },
};

/** Comments on action items, written by demo working-group members (only when those accounts exist). */
const comments: { id: string; action: ActionKey; author: DemoUserKey; daysAfterDue: number; body: string }[] = [
  {
    id: "seed_action_comment_01",
    action: "shareDataGovernance",
    author: "memberMy",
    daysAfterDue: -1,
    body: "Received with thanks. The documentation will feed into the comparative study of data governance frameworks. Accepted.",
  },
  {
    id: "seed_action_comment_02",
    action: "hostOrganisations",
    author: "memberCn",
    daysAfterDue: -2,
    body: "Proposed host organisations submitted for review: two provincial data administrations and one digital economy industrial park.",
  },
  {
    id: "seed_action_comment_03",
    action: "draftJointReport",
    author: "memberMy",
    daysAfterDue: 10,
    body: "The chapter on cross-border data flows is still with the inter-agency committee; the draft is expected within two weeks.",
  },
];

// ---------------------------------------------------------------------------------------------
// Writing the meetings and action items
// ---------------------------------------------------------------------------------------------

function meetingTimes(spec: MeetingSpec, today: Date): { startsAt: Date; endsAt: Date } {
  const date = spec.date(today);
  const [start, end] = spec.hours;
  const toTime = (hours: number) => atLocalTime(date, Math.floor(hours), Math.round((hours % 1) * 60), UTC_OFFSET_HOURS);
  return { startsAt: toTime(start), endsAt: toTime(end) };
}

async function seedMeeting(tx: TransactionClient, spec: MeetingSpec, today: Date): Promise<void> {
  const { startsAt, endsAt } = meetingTimes(spec, today);
  await tx.meeting.upsert({
    where: { id: spec.id },
    update: {},
    create: {
      id: spec.id,
      workingGroupId: jointWorkingGroup.id,
      titleEn: spec.title.en,
      titleMs: spec.title.ms,
      titleZh: spec.title.zh,
      startsAt,
      endsAt,
      timeZone: spec.timeZone,
      venue: spec.venue,
      onlineUrl: spec.onlineUrl,
      status: spec.status,
      minutesSummary: spec.minutesSummary,
      isExample: true,
    },
  });

  for (const [index, item] of spec.agenda.entries()) {
    await tx.agendaItem.upsert({
      where: { id: item.id },
      update: {},
      create: {
        id: item.id,
        meetingId: spec.id,
        order: index + 1,
        title: item.title,
        presenterId: examplePeople[item.presenter].personId,
        minutes: item.minutes,
        carriedActionItemId: item.carries ? actionItems[item.carries].id : null,
      },
    });
  }

  if (spec.status === "HELD") {
    for (const person of everyone) {
      // e.g. seed_attendance_01_my_co_chair
      const id = `${spec.id.replace("seed_meeting_", "seed_attendance_")}_${examplePeople[person].personId.replace("seed_person_jwg_", "")}`;
      await tx.meetingAttendance.upsert({
        where: { id },
        update: {},
        create: {
          id,
          meetingId: spec.id,
          personId: examplePeople[person].personId,
          attended: !spec.absent.includes(person),
        },
      });
    }
  }

  for (const [index, decision] of spec.decisions.entries()) {
    const agendaItem = spec.agenda[decision.agendaIndex - 1];
    await tx.decision.upsert({
      where: { id: decision.id },
      update: {},
      create: {
        id: decision.id,
        meetingId: spec.id,
        agendaItemId: agendaItem ? agendaItem.id : null,
        order: index + 1,
        textEn: decision.text.en,
        textMs: decision.text.ms,
        textZh: decision.text.zh,
        createdAt: startsAt,
      },
    });
  }
}

/** An action item's due date: as planned, but never earlier than two weeks after its meeting. */
function actionDueOn(spec: ActionSpec, today: Date): Date {
  return toWorkingDay(maxDate(spec.dueOn(today), addDays(meetings[spec.meeting].date(today), 14)));
}

/** An instant on a day at 10:00 in Malaysia/China, for submission and review times. */
const atTenAm = (date: Date) => atLocalTime(date, 10, 0, UTC_OFFSET_HOURS);

async function seedActionItem(
  tx: TransactionClient,
  spec: ActionSpec,
  context: { today: Date; users: Partial<Record<DemoUserKey, string>> },
): Promise<void> {
  const meeting = meetings[spec.meeting];
  const dueOn = actionDueOn(spec, context.today);
  const submittedAt = spec.submittedOffset === undefined ? null : atTenAm(addDays(dueOn, spec.submittedOffset));
  const reviewedAt = spec.reviewedOffset === undefined ? null : atTenAm(addDays(dueOn, spec.reviewedOffset));
  const isClosed = spec.status === "CLOSED";
  await tx.actionItem.upsert({
    where: { id: spec.id },
    update: {},
    create: {
      id: spec.id,
      workingGroupId: jointWorkingGroup.id,
      meetingId: meeting.id,
      decisionId: spec.decisionId,
      titleEn: spec.title.en,
      titleMs: spec.title.ms,
      titleZh: spec.title.zh,
      descriptionEn: spec.description,
      ownerSide: spec.ownerSide,
      malaysiaOwnerId: spec.malaysiaOwner ? examplePeople[spec.malaysiaOwner].personId : null,
      chinaOwnerId: spec.chinaOwner ? examplePeople[spec.chinaOwner].personId : null,
      dueOn,
      status: spec.status,
      priority: spec.priority,
      cooperationAreaId: spec.area ? areaRefs[spec.area].id : null,
      milestoneId: spec.milestone === null ? null : milestoneId(spec.milestone),
      submittedAt,
      reviewedAt,
      reviewedById: spec.reviewer ? (context.users[spec.reviewer] ?? null) : null,
      closedAt: isClosed ? reviewedAt : null,
      isExample: true,
      createdAt: meetingTimes(meeting, context.today).endsAt,
    },
  });
}

export async function seedExampleMeetings(
  tx: TransactionClient,
  context: { today: Date; users: Partial<Record<DemoUserKey, string>> },
): Promise<void> {
  // Held meetings first, then the action items they produced, then the scheduled meeting whose
  // agenda carries the open items over.
  await seedMeeting(tx, meetings.first, context.today);
  await seedMeeting(tx, meetings.second, context.today);
  for (const spec of Object.values(actionItems)) await seedActionItem(tx, spec, context);
  await seedMeeting(tx, meetings.third, context.today);

  for (const comment of comments) {
    const authorId = context.users[comment.author];
    if (!authorId) continue;
    const action = actionItems[comment.action];
    const createdAt = atTenAm(addDays(actionDueOn(action, context.today), comment.daysAfterDue));
    await tx.actionItemComment.upsert({
      where: { id: comment.id },
      update: {},
      create: {
        id: comment.id,
        actionItemId: action.id,
        authorId,
        body: comment.body,
        createdAt: createdAt > context.today ? context.today : createdAt,
      },
    });
  }
}
