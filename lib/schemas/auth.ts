import { z } from "./messages";

export const signInSchema = z.strictObject({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(256),
  /** Where to go after signing in; sanitised by safeNextPath, never followed as given. */
  next: z.string().max(2000).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const emptySchema = z.strictObject({});

/** Changing one's own password: the current one proves it is the holder; the policy is checked on the server (lib/auth/password-policy.ts). */
export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1).max(256),
    newPassword: z.string().min(12).max(256),
    confirmPassword: z.string().min(1).max(256),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ["confirmPassword"], message: "errors.passwordsDiffer" });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const endSessionSchema = z.strictObject({ sessionId: z.string().min(1).max(40) });
export type EndSessionInput = z.infer<typeof endSessionSchema>;
