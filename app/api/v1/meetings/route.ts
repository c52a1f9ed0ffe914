// GET /api/v1/meetings: meetings of the working groups the caller may read.
import { listRoute } from "@/lib/api/reads";
import { meetingQuerySchema } from "@/lib/api/schemas";
import { listMeetingsForApi } from "@/lib/data/api/work";

export const GET = listRoute(meetingQuerySchema, listMeetingsForApi);
