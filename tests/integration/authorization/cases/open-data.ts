// Open data, public pages and single sign-on: publishing and the settings are administrators';
// giving a self-registered account its role is user management (administrators).
import { canManageOpenSettings, canManageUsers, canPublishAgreements } from "@/lib/permissions";
import { actionCase, type ActionCase } from "../cases";
import { testDb, unique } from "../../../helpers/factories";

export const openDataCases: Record<string, ActionCase> = {
  publishAgreement: actionCase({
    arrange: async (world) => {
      const agreement = await testDb.agreement.create({
        data: { type: "MOU", status: "SIGNED", titleEn: unique("Matrix public agreement"), parties: { create: [{ organisationId: world.malaysia.id, side: "MALAYSIA" }, { organisationId: world.china.id, side: "CHINA" }] } },
        select: { id: true },
      });
      return { input: { id: agreement.id, version: "1", published: "true" }, context: null };
    },
    allowed: (actor) => canPublishAgreements(actor),
  }),
  // Keeps the defaults, so the matrix changes nothing else's answer.
  updateOpenSettings: actionCase({
    arrange: async () => ({
      input: { iatiOrganisationPrefix: "XM-MOUTRACKER", iatiReportingOrganisationName: "MoU Tracker", securityContact: "mailto:security@example.gov.my" },
      context: null,
    }),
    allowed: (actor) => canManageOpenSettings(actor),
  }),
  approveSsoRegistration: actionCase({
    arrange: async () => {
      const registration = await testDb.ssoRegistration.create({
        data: { email: `${unique("matrix-registered").toLowerCase()}@gov.example`, name: "Registered Person", subject: unique("sub"), issuer: "https://id.gov.example" },
        select: { id: true },
      });
      return { input: { id: registration.id, role: "WG_MEMBER" }, context: null };
    },
    allowed: (actor) => canManageUsers(actor),
  }),
};
