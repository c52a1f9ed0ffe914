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

/** A second-factor code at sign-in: six digits from the app, or a recovery code. */
export const secondStepSchema = z.strictObject({
  code: z.string().trim().min(6).max(20),
  next: z.string().max(2000).optional(),
});
export type SecondStepInput = z.infer<typeof secondStepSchema>;

export const finishSignInSchema = z.strictObject({ next: z.string().max(2000).optional() });
export type FinishSignInInput = z.infer<typeof finishSignInSchema>;

/** Proving who one is again before a sensitive action: the password, and the code when enrolled. */
export const reauthenticateSchema = z.strictObject({
  password: z.string().min(1).max(256),
  code: z.string().trim().max(20).optional(),
});
export type ReauthenticateInput = z.infer<typeof reauthenticateSchema>;

/** The code from the app that confirms a new second factor. */
export const confirmSecondFactorSchema = z.strictObject({ code: z.string().trim().min(6).max(10) });
export type ConfirmSecondFactorInput = z.infer<typeof confirmSecondFactorSchema>;
