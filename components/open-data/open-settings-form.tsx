"use client";
// The settings an administrator chooses for open data and sign-in (audited on the server).
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { updateOpenSettings } from "@/lib/actions/open-data";
import type { OpenSettings } from "@/lib/open-data/settings";

export function OpenSettingsForm({ settings }: { settings: OpenSettings }) {
  const { t } = useI18n();
  const form = useKeptForm(updateOpenSettings);
  const { state, formAction, isPending, isBusy, error } = form;
  return (
    <form key={form.key} action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormStatus state={state} successText={state.status === "success" ? t("openData.settings.saved") : undefined} />
      <TextField
        label={t("openData.settings.prefix")}
        hint={t("openData.settings.prefixHint")}
        name="iatiOrganisationPrefix"
        required
        defaultValue={form.value("iatiOrganisationPrefix", settings.iatiOrganisationPrefix)}
        error={error("iatiOrganisationPrefix")}
      />
      <TextField
        label={t("openData.settings.reportingName")}
        name="iatiReportingOrganisationName"
        required
        defaultValue={form.value("iatiReportingOrganisationName", settings.iatiReportingOrganisationName)}
        error={error("iatiReportingOrganisationName")}
      />
      <TextField
        label={t("openData.settings.securityContact")}
        hint={t("openData.settings.securityContactHint")}
        name="securityContact"
        required
        defaultValue={form.value("securityContact", settings.securityContact)}
        error={error("securityContact")}
      />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="ssoSelfRegistration" value="on" className="mt-1" defaultChecked={form.isChecked("ssoSelfRegistration", "on", settings.ssoSelfRegistration === "on")} />
        {t("openData.settings.selfRegistration")}
      </label>
      <Button type="submit" disabled={isBusy}>
        {isPending ? t("common.saving") : t("openData.settings.submit")}
      </Button>
    </form>
  );
}
