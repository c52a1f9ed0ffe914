// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas in lib/api/schemas.ts
// (zod 4's own JSON Schema output, draft 2020-12, which OpenAPI 3.1 uses as is): answers in
// their output form, request bodies and query strings in their input form. Nothing is written
// by hand but the paths' wording.
import { z } from "zod";
import * as api from "./schemas";
import { problemKinds, problemTypeBase } from "./problem";
import { tokenPrefix } from "./tokens";

type JsonSchema = Record<string, unknown>;

const requestBodies: Record<string, z.ZodType> = { CreateProgressUpdate: api.createProgressBodySchema, TransitionActionItem: api.transitionBodySchema, CreateComment: api.commentBodySchema } as const;

/** Components sit inside the document: no `$schema` or `$id` of their own. */
function strip(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id"));
}

function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}`, unrepresentable: "any", io: "output" });
  const out: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(schemas)) if (!(name in requestBodies)) out[name] = strip(schema as JsonSchema);
  for (const [name, schema] of Object.entries(requestBodies)) out[name] = strip(z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any", io: "input" }) as JsonSchema);
  for (const name of ["Agreement", "CooperationArea", "Milestone", "ProgressUpdate", "ActionItem", "Meeting", "Notification"]) {
    out[`${name}Page`] = { type: "object", properties: { data: { type: "array", items: { $ref: `#/components/schemas/${name}` } }, next: { type: ["string", "null"], description: "Cursor of the next page; null on the last" } }, required: ["data", "next"], additionalProperties: false };
  }
  out.Problem = {
    type: "object",
    description: "RFC 9457 problem details",
    properties: {
      type: { type: "string", enum: Object.keys(problemKinds).map((kind) => `${problemTypeBase}${kind}`) },
      title: { type: "string" },
      status: { type: "integer" },
      detail: { type: "string" },
      errors: { type: "array", items: { type: "object", properties: { pointer: { type: "string" }, code: { type: "string" }, detail: { type: "string" } }, required: ["pointer", "code", "detail"], additionalProperties: false } },
    },
    required: ["type", "title", "status"],
    additionalProperties: false,
  };
  return out;
}

function queryParameters(schema: z.ZodType): JsonSchema[] {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any", io: "input" }) as { properties?: Record<string, JsonSchema> };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: "query", required: false, schema: rest, ...(description ? { description } : {}) };
  });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problemResponse = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });
const idParameter = { name: "id", in: "path", required: true, schema: { type: "string" } };
const etagHeader = { ETag: { description: "Version of the record (send it back in If-Match) or of the list page", schema: { type: "string" } } };
const refusals = { "401": problemResponse("No valid token"), "404": problemResponse("Not found, or not for this caller"), "422": problemResponse("Refused input, with field errors"), "429": problemResponse("Rate limit of the token reached") };

function listOperation(summary: string, tag: string, page: string, query: z.ZodType, withId = false) {
  return {
    get: {
      summary,
      tags: [tag],
      parameters: [...(withId ? [idParameter] : []), ...queryParameters(query)],
      responses: { "200": { description: "One page", headers: etagHeader, content: { "application/json": { schema: ref(page) } } }, "304": { description: "Not modified (If-None-Match)" }, ...refusals },
    },
  };
}

function recordOperation(summary: string, tag: string, schema: string) {
  return {
    get: {
      summary,
      tags: [tag],
      parameters: [idParameter],
      responses: { "200": { description: "The record", headers: etagHeader, content: { "application/json": { schema: ref(schema) } } }, "304": { description: "Not modified (If-None-Match)" }, ...refusals },
    },
  };
}

function writeOperation(summary: string, tag: string, body: string, status: "200" | "201", result: string, ifMatch: boolean) {
  return {
    summary,
    tags: [tag],
    parameters: [idParameter, ...(ifMatch ? [{ name: "If-Match", in: "header", required: true, description: "The record's ETag as read, or its bare version in quotes", schema: { type: "string" } }] : [])],
    requestBody: { required: true, content: { "application/json": { schema: ref(body) } } },
    responses: {
      [status]: { description: status === "201" ? "Created" : "Done", content: { "application/json": { schema: ref(result) } } },
      ...refusals,
      "403": problemResponse("The token may only read"),
      "415": problemResponse("Not JSON"),
      ...(ifMatch ? { "412": problemResponse("The record changed since that version"), "428": problemResponse("If-Match is missing") } : { "409": problemResponse("The record changed meanwhile") }),
    },
  };
}

export function buildOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "MoU Tracker API",
      version: "1.0.0",
      description: `Read agreements, cooperation areas, milestones, action items, meetings and your notifications; report progress; move and discuss action items. Every call runs as the token's owner, under the same rules as the interface. Create a personal access token (\`${tokenPrefix}…\`) on your account page and send it as \`Authorization: Bearer …\`.`,
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerToken: [] }],
    tags: ["Agreements", "Milestones", "Action items", "Meetings", "Notifications"].map((name) => ({ name })),
    paths: {
      "/agreements": listOperation("List agreements", "Agreements", "AgreementPage", api.agreementQuerySchema),
      "/agreements/{id}": recordOperation("One agreement", "Agreements", "Agreement"),
      "/agreements/{id}/cooperation-areas": listOperation("Cooperation areas of an agreement", "Agreements", "CooperationAreaPage", api.pageQuerySchema, true),
      "/milestones": listOperation("Your milestones", "Milestones", "MilestonePage", api.milestoneQuerySchema),
      "/milestones/{id}": recordOperation("One milestone", "Milestones", "Milestone"),
      "/milestones/{id}/progress-updates": {
        ...listOperation("Progress updates of a milestone", "Milestones", "ProgressUpdatePage", api.pageQuerySchema, true),
        post: writeOperation("Report progress", "Milestones", "CreateProgressUpdate", "201", "ProgressUpdate", false),
      },
      "/action-items": listOperation("Action items (the review queue's filters)", "Action items", "ActionItemPage", api.actionItemQuerySchema),
      "/action-items/{id}": recordOperation("One action item", "Action items", "ActionItem"),
      "/action-items/{id}/transitions": { post: writeOperation("Move an action item", "Action items", "TransitionActionItem", "200", "ActionItem", true) },
      "/action-items/{id}/comments": { post: writeOperation("Comment on an action item", "Action items", "CreateComment", "201", "Comment", false) },
      "/meetings": listOperation("Meetings of your working groups", "Meetings", "MeetingPage", api.meetingQuerySchema),
      "/meetings/{id}": recordOperation("One meeting", "Meetings", "Meeting"),
      "/notifications": listOperation("Your notifications", "Notifications", "NotificationPage", api.notificationQuerySchema),
    },
    components: {
      securitySchemes: { bearerToken: { type: "http", scheme: "bearer", description: "A personal access token" } },
      schemas: componentSchemas(),
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
