"use client";
// Creating a personal access token (shown once, right after it is made: the server keeps only
// its hash) and revoking one, after asking.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { createApiToken, revokeApiToken } from "@/lib/actions/api-tokens";
import { tokenLifetimeChoices } from "@/lib/api/tokens";

export function CreateApiTokenForm() {
  const { t } = useI18n();
  const form = useKeptForm(createApiToken);
  const token = form.state.status === "success" ? form.state.data.token : null;
  return (
    <div className="space-y-4">
      {token ? (
        <div role="status" className="space-y-2 rounded-md border border-green-200 bg-green-50 p-3 text-sm">
          <p className="font-medium">{t("apiTokens.created")}</p>
          <label htmlFor="api-token-value" className="block">
            {t("apiTokens.tokenLabel")}
          </label>
          <input id="api-token-value" readOnly value={token} className="block w-full rounded-md border border-gray-300 bg-white px-3 py-2 font-mono text-xs" onFocus={(event) => event.currentTarget.select()} />
        </div>
      ) : null}
      <form key={form.key} action={form.formAction} className="grid max-w-xl gap-4">
        <FormStatus state={form.state} />
        <TextField label={t("apiTokens.name")} name="name" required maxLength={100} defaultValue={form.value("name")} error={form.error("name")} />
        <SelectField
          label={t("apiTokens.scope")}
          name="scope"
          defaultValue={form.value("scope", "READ")}
          error={form.error("scope")}
          options={[
            { value: "READ", label: t("apiTokens.scopeRead") },
            { value: "READ_WRITE", label: t("apiTokens.scopeReadWrite") },
          ]}
        />
        <SelectField
          label={t("apiTokens.expiresIn")}
          name="expiresInDays"
          defaultValue={form.value("expiresInDays", "90")}
          error={form.error("expiresInDays")}
          options={tokenLifetimeChoices.map((days) => ({ value: String(days), label: t("apiTokens.days", { count: days }) }))}
        />
        <div>
          <Button type="submit" disabled={form.isBusy}>
            {t("apiTokens.create")}
          </Button>
        </div>
      </form>
    </div>
  );
}

export function RevokeApiTokenButton({ id, name }: { id: string; name: string }) {
  const { t } = useI18n();
  return (
    <ConfirmAction
      action={revokeApiToken}
      fields={{ id }}
      triggerLabel={t("apiTokens.revoke", { name })}
      title={t("apiTokens.revokeTitle")}
      body={t("apiTokens.revokeBody", { name })}
      confirmLabel={t("apiTokens.revokeConfirm")}
    />
  );
}
