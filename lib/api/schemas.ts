// What /api/v1 answers and accepts, as zod schemas: the OpenAPI document (lib/api/openapi.ts) is
// generated from these, the routes build their answers typed by them, and the request bodies are
// the interface's own form schemas with the parts the URL or If-Match carries left out.
import { z } from "zod";
import { logProgressSchema } from "@/lib/schemas/progress";
import { commentActionItemSchema, transitionActionItemSchema, actionItemFilterSchema } from "@/lib/schemas/action-items";
import { agreementStatuses } from "@/lib/agreements/lifecycle";
import { agreementTypes } from "@/lib/agreements/vocabulary";
import { actionItemStatuses } from "@/lib/action-items/status-machine";
import { dueStates } from "@/lib/milestones/rules";
import { notificationKinds } from "@/lib/notifications/kinds";

const id = z.string().meta({ description: "Record id", example: "cmf0a1b2c0000abcd1234efgh" });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: "Calendar day (YYYY-MM-DD)" });
const instant = z.iso.datetime().meta({ description: "Instant (ISO 8601, UTC)" });
const version = z.number().int().min(1).meta({ description: "Send it back in If-Match to change the record" });

export const localizedTextSchema = z.object({ en: z.string().nullable(), ms: z.string().nullable(), zh: z.string().nullable() }).meta({ id: "LocalizedText", description: "The text in each language held (null when none)" });
const side = z.enum(["MALAYSIA", "CHINA"]);
const ownerSide = z.enum(["MALAYSIA", "CHINA", "JOINT"]);

export const partySchema = z.object({ organisationId: id, acronym: z.string().nullable(), name: localizedTextSchema, side }).meta({ id: "Party" });

export const agreementSchema = z
  .object({
    id,
    type: z.enum(agreementTypes),
    status: z.enum(agreementStatuses),
    title: localizedTextSchema,
    summary: localizedTextSchema,
    signedOn: day.nullable(),
    effectiveOn: day.nullable(),
    expiresOn: day.nullable(),
    archived: z.boolean(),
    parties: z.array(partySchema),
    version,
    updatedAt: instant,
  })
  .meta({ id: "Agreement" });

export const cooperationAreaSchema = z
  .object({ id, agreementId: id, number: z.number().int(), clauseRef: z.string().nullable(), title: localizedTextSchema, clauseText: localizedTextSchema, retired: z.boolean(), version, updatedAt: instant })
  .meta({ id: "CooperationArea" });

export const milestoneSchema = z
  .object({
    id,
    agreementId: id,
    cooperationAreaId: id,
    title: localizedTextSchema,
    ownerOrganisationId: id,
    ownerSide,
    responsibleUserId: id.nullable(),
    startOn: day,
    targetOn: day,
    status: z.enum(["NOT_STARTED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "COMPLETED", "CANCELLED"]),
    percentComplete: z.number().int().min(0).max(100),
    lastUpdateOn: day.nullable(),
    weight: z.number().int(),
    indicator: z.object({ unit: z.string().nullable(), baseline: z.number().nullable(), target: z.number().nullable() }),
    cancelled: z.boolean(),
    version,
    updatedAt: instant,
  })
  .meta({ id: "Milestone" });

export const progressUpdateSchema = z
  .object({
    id,
    milestoneId: id,
    reportedOn: day,
    percentComplete: z.number().int().min(0).max(100),
    indicatorActual: z.number().nullable(),
    status: z.enum(["ON_TRACK", "AT_RISK", "OFF_TRACK", "COMPLETED"]),
    narrative: z.string(),
    blockers: z.string().nullable(),
    correctsUpdateId: id.nullable(),
    authorId: id.nullable(),
    evidenceLinks: z.array(z.string()),
    createdAt: instant,
  })
  .meta({ id: "ProgressUpdate" });

export const actionItemSchema = z
  .object({
    id,
    workingGroupId: id,
    meetingId: id.nullable(),
    title: localizedTextSchema,
    description: localizedTextSchema,
    ownerSide,
    malaysiaOwnerId: id.nullable(),
    chinaOwnerId: id.nullable(),
    dueOn: day,
    status: z.enum(actionItemStatuses),
    priority: z.enum(["LOW", "MEDIUM", "HIGH"]),
    cooperationAreaId: id.nullable(),
    milestoneId: id.nullable(),
    statusReason: z.string().nullable(),
    version,
    updatedAt: instant,
  })
  .meta({ id: "ActionItem" });

export const commentSchema = z.object({ id, actionItemId: id, body: z.string(), createdAt: instant }).meta({ id: "Comment" });

export const meetingSchema = z
  .object({
    id,
    workingGroupId: id,
    title: localizedTextSchema,
    startsAt: instant,
    endsAt: instant.nullable(),
    timeZone: z.string(),
    venue: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    status: z.enum(["SCHEDULED", "HELD", "CANCELLED"]),
    version,
    updatedAt: instant,
  })
  .meta({ id: "Meeting" });

export const notificationSchema = z
  .object({ id, kind: z.enum(notificationKinds), recordType: z.string(), recordId: id, createdAt: instant, readAt: instant.nullable() })
  .meta({ id: "Notification" });

// --- Query parameters ---------------------------------------------------------------------

const pagingFields = {
  cursor: z.string().max(200).optional().meta({ description: "The `next` of the previous page" }),
  limit: z.coerce.number().int().min(1).max(100).optional().meta({ description: "Rows per page (1–100, default 50)" }),
};

export const agreementQuerySchema = z.strictObject({
  ...pagingFields,
  q: z.string().max(200).optional().meta({ description: "Text in titles, summaries or signatories' names" }),
  type: z.enum(agreementTypes).optional(),
  status: z.enum(agreementStatuses).optional(),
  party: z.string().max(64).optional().meta({ description: "Organisation id of a party" }),
  side: side.optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional().meta({ description: "Year signed" }),
  archived: z.enum(["active", "archived", "all"]).optional(),
});

export const milestoneQuerySchema = z.strictObject({
  ...pagingFields,
  due: z.enum(dueStates).optional().meta({ description: "Due state, as the milestones page groups them" }),
  agreement: z.string().max(64).optional(),
  area: z.string().max(64).optional(),
  side: ownerSide.optional(),
});

export const actionItemQuerySchema = z.strictObject({ ...pagingFields, ...actionItemFilterSchema.shape });

export const meetingQuerySchema = z.strictObject({
  ...pagingFields,
  group: z.string().max(64).optional(),
  status: z.enum(["SCHEDULED", "HELD", "CANCELLED"]).optional(),
  from: day.optional().meta({ description: "Meetings starting on or after this day" }),
});

export const notificationQuerySchema = z.strictObject({ ...pagingFields, unread: z.enum(["true", "false"]).optional(), kind: z.enum(notificationKinds).optional() });

export const pageQuerySchema = z.strictObject(pagingFields);

// --- Request bodies: the interface's form schemas, without what the URL or If-Match carries --

export const createProgressBodySchema = logProgressSchema.omit({ milestoneId: true, evidenceFiles: true }).meta({ id: "CreateProgressUpdate" });
export const transitionBodySchema = transitionActionItemSchema.omit({ id: true, version: true, returnTo: true }).meta({ id: "TransitionActionItem" });
export const commentBodySchema = commentActionItemSchema.omit({ id: true }).meta({ id: "CreateComment" });

export type ApiAgreement = z.infer<typeof agreementSchema>;
export type ApiCooperationArea = z.infer<typeof cooperationAreaSchema>;
export type ApiMilestone = z.infer<typeof milestoneSchema>;
export type ApiProgressUpdate = z.infer<typeof progressUpdateSchema>;
export type ApiActionItem = z.infer<typeof actionItemSchema>;
export type ApiComment = z.infer<typeof commentSchema>;
export type ApiMeeting = z.infer<typeof meetingSchema>;
export type ApiNotification = z.infer<typeof notificationSchema>;
