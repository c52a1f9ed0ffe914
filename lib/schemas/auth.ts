import { z } from "./messages";

export const signInSchema = z.strictObject({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(256),
  /** Where to go after signing in; sanitised by safeNextPath, never followed as given. */
  next: z.string().max(2000).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const emptySchema = z.strictObject({});
