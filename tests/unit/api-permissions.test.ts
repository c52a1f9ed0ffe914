import { describe, expect, it } from "vitest";
import { canManageOwnApiTokens, canManageWebhooks, navigationFor } from "@/lib/permissions";
import type { Role } from "@/lib/auth/session-user";

const user = (role: Role) => ({ id: `${role}-1`, role, organisationId: null, personId: null });
const roles = ["ADMIN", "MANAGER", "OFFICER", "WG_MEMBER"] as const;

describe("API tokens and webhooks", () => {
  it("let every role hold personal access tokens (the API does only what the holder may do)", () => {
    for (const role of roles) expect(canManageOwnApiTokens(user(role))).toBe(true);
  });

  it("leave webhooks, and their page in the menu, to administrators only", () => {
    expect(canManageWebhooks(user("ADMIN"))).toBe(true);
    expect(navigationFor("ADMIN")).toContain("webhooks");
    for (const role of ["MANAGER", "OFFICER", "WG_MEMBER"] as const) {
      expect(canManageWebhooks(user(role))).toBe(false);
      expect(navigationFor(role)).not.toContain("webhooks");
    }
  });
});
