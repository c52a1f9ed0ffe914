import { z } from "./messages";

export const signInSchema = z.strictObject({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(256),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const emptySchema = z.strictObject({});
