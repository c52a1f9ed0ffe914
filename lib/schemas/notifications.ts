import { z, idSchema } from "./messages";
import { notificationDeliveries, notificationKinds } from "@/lib/notifications/kinds";

export const markNotificationReadSchema = z.strictObject({ id: idSchema });
export const markAllNotificationsReadSchema = z.strictObject({});

/** One field per kind (named by the kind), each a delivery; kinds left out keep their setting. */
const deliveryFields = Object.fromEntries(notificationKinds.map((kind) => [kind, z.enum(notificationDeliveries).optional()])) as Record<
  (typeof notificationKinds)[number],
  z.ZodOptional<z.ZodEnum<{ [K in (typeof notificationDeliveries)[number]]: K }>>
>;

export const savePreferencesSchema = z.strictObject(deliveryFields);
export const savePreferencesByTokenSchema = z.strictObject({ ...deliveryFields, token: z.string().trim().min(1).max(500) });
export const unsubscribeAllSchema = z.strictObject({ token: z.string().trim().min(1).max(500) });
