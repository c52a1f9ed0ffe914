import { describe, expect, it } from "vitest";
import { createUserSchema, setLocaleSchema, updateUserSchema } from "@/lib/schemas/user";

describe("user schemas", () => {
  const valid = { name: "  Aina  ", email: " Aina@Example.GOV.my ", role: "MANAGER", organisationId: "", password: "a-long-password-1" };

  it("trims, lower-cases the email and turns an empty organisation into none", () => {
    expect(createUserSchema.parse(valid)).toEqual({ name: "Aina", email: "aina@example.gov.my", role: "MANAGER", organisationId: null, personId: null, password: "a-long-password-1" });
  });

  it("rejects unknown fields", () => {
    const result = createUserSchema.safeParse({ ...valid, isAdmin: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("errors.unknownFields");
  });

  it("explains each problem with a message key", () => {
    const result = createUserSchema.safeParse({ name: "x".repeat(121), email: "no", role: "ROOT", password: "short" });
    const messages = Object.fromEntries(result.error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? []);
    expect(messages).toEqual({ name: "errors.tooLong|max=120", email: "errors.invalidEmail", role: "errors.invalidChoice", password: "errors.tooShort|min=12" });
  });

  it("requires an organisation for officers", () => {
    const result = createUserSchema.safeParse({ ...valid, role: "OFFICER" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["organisationId", "errors.officerNeedsOrganisation"]]);
  });

  it("coerces the version a form sends and refuses a missing one", () => {
    const base = { id: "abc", name: "A", role: "MANAGER", organisationId: "", isActive: "true" };
    expect(updateUserSchema.parse({ ...base, version: "3" }).version).toBe(3);
    expect(updateUserSchema.safeParse(base).success).toBe(false);
    expect(updateUserSchema.safeParse({ ...base, version: "0" }).success).toBe(false);
  });

  it("offers only the three languages", () => {
    expect(setLocaleSchema.safeParse({ locale: "zh" }).success).toBe(true);
    expect(setLocaleSchema.safeParse({ locale: "fr" }).success).toBe(false);
  });
});
