// Settings administrators change at run time (table OpenSetting, audited by the action that
// writes them). A missing row means the default, which a deployment may give by environment.
import type { DbClient, TransactionClient } from "@/lib/prisma-client";

export const openSettingKeys = ["iatiOrganisationPrefix", "iatiReportingOrganisationName", "securityContact", "ssoSelfRegistration"] as const;
export type OpenSettingKey = (typeof openSettingKeys)[number];
export type OpenSettings = Record<OpenSettingKey, string>;

export function defaultOpenSettings(env: Record<string, string | undefined> = process.env): OpenSettings {
  return {
    iatiOrganisationPrefix: env.IATI_ORGANISATION_PREFIX ?? "XM-MOUTRACKER",
    iatiReportingOrganisationName: env.IATI_REPORTING_ORGANISATION_NAME ?? "MoU Tracker",
    securityContact: env.SECURITY_CONTACT ?? "mailto:security@example.gov.my",
    ssoSelfRegistration: "off",
  };
}

export async function readOpenSettings(client: DbClient | TransactionClient): Promise<OpenSettings> {
  const rows = await client.openSetting.findMany({ select: { key: true, value: true } });
  const settings = defaultOpenSettings();
  for (const row of rows) {
    if ((openSettingKeys as readonly string[]).includes(row.key)) settings[row.key as OpenSettingKey] = row.value;
  }
  return settings;
}

export const isSelfRegistrationAllowed = (settings: OpenSettings) => settings.ssoSelfRegistration === "on";
