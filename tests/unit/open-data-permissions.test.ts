// Open data, public pages and single sign-on settings: who may export, publish and configure.
import { describe, expect, it } from "vitest";
import { canExportOpenData, canManageOpenSettings, canPublishAgreements } from "@/lib/permissions";
import type { Role } from "@/lib/auth/session-user";

const user = (role: Role) => ({ id: `${role}-1`, role, organisationId: "org-1", personId: "person-1" });

describe("open data permissions", () => {
  it("lets administrators and managers export the IATI file, nobody else", () => {
    expect(canExportOpenData(user("ADMIN"))).toBe(true);
    expect(canExportOpenData(user("MANAGER"))).toBe(true);
    expect(canExportOpenData(user("OFFICER"))).toBe(false);
    expect(canExportOpenData(user("WG_MEMBER"))).toBe(false);
  });

  it("leaves publishing and the open-data settings to administrators only", () => {
    expect(canPublishAgreements(user("ADMIN"))).toBe(true);
    expect(canManageOpenSettings(user("ADMIN"))).toBe(true);
    for (const role of ["MANAGER", "OFFICER", "WG_MEMBER"] as const) {
      expect(canPublishAgreements(user(role))).toBe(false);
      expect(canManageOpenSettings(user(role))).toBe(false);
    }
  });
});
