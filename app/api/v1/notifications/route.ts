// GET /api/v1/notifications: the caller's own notifications.
import { listRoute } from "@/lib/api/reads";
import { notificationQuerySchema } from "@/lib/api/schemas";
import { listNotificationsForApi } from "@/lib/data/api/work";

export const GET = listRoute(notificationQuerySchema, listNotificationsForApi);
