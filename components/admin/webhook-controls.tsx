"use client";
// Registering a webhook endpoint (its secret shown once), replacing its secret (the new one shown
// once), turning one off, sending a delivery again.
import { useId } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { createWebhook, disableWebhook, redeliverWebhook, rotateWebhookSecret } from "@/lib/actions/webhooks";
import { webhookEventLabels, webhookEventTypes } from "@/lib/webhooks/events";

export function CreateWebhookForm() {
  const { t } = useI18n();
  const form = useKeptForm(createWebhook);
  const secret = form.state.status === "success" ? form.state.data.secret : null;
  return (
    <div className="space-y-4">
      {secret ? <SecretShownOnce secret={secret} /> : null}
      <form key={form.key} action={form.formAction} className="grid max-w-xl gap-4">
        <FormStatus state={form.state} />
        <TextField label={t("webhooks.url")} name="url" type="url" required defaultValue={form.value("url")} error={form.error("url")} />
        <TextField label={t("webhooks.description")} name="description" maxLength={200} defaultValue={form.value("description")} error={form.error("description")} />
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-gray-800">{t("webhooks.events")}</legend>
          {webhookEventTypes.map((event) => (
            <label key={event} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="events" value={event} defaultChecked={form.isChecked("events", event, false)} />
              {t(webhookEventLabels[event])}
            </label>
          ))}
          {form.error("events") ? <p className="text-sm text-red-700">{form.error("events")}</p> : null}
        </fieldset>
        <div>
          <Button type="submit" disabled={form.isBusy}>
            {t("webhooks.create")}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** A signing secret, shown once: selected on focus, to copy. */
function SecretShownOnce({ secret }: { secret: string }) {
  const { t } = useI18n();
  const inputId = useId();
  return (
    <div role="status" className="space-y-2 rounded-md border border-green-200 bg-green-50 p-3 text-sm">
      <p className="font-medium">{t("webhooks.secretShown")}</p>
      <label htmlFor={inputId} className="block">
        {t("webhooks.secretLabel")}
      </label>
      <input id={inputId} readOnly value={secret} className="block w-full rounded-md border border-gray-300 bg-white px-3 py-2 font-mono text-xs" onFocus={(event) => event.currentTarget.select()} />
    </div>
  );
}

const secretIn = (data: unknown): string | null =>
  typeof data === "object" && data !== null && "secret" in data && typeof data.secret === "string" ? data.secret : null;

export function RotateWebhookSecretButton({ id, version, url }: { id: string; version: number; url: string }) {
  const { t } = useI18n();
  return (
    <ConfirmAction
      action={rotateWebhookSecret}
      fields={{ id, version }}
      triggerLabel={t("webhooks.rotate", { url })}
      title={t("webhooks.rotateTitle")}
      body={t("webhooks.rotateBody", { url })}
      confirmLabel={t("webhooks.rotateConfirm")}
      afterSuccess={(data) => {
        const secret = secretIn(data);
        return secret ? <SecretShownOnce secret={secret} /> : null;
      }}
    />
  );
}

export function DisableWebhookButton({ id, version, url }: { id: string; version: number; url: string }) {
  const { t } = useI18n();
  return <ConfirmAction action={disableWebhook} fields={{ id, version }} triggerLabel={t("webhooks.disable", { url })} title={t("webhooks.disableTitle")} body={t("webhooks.disableBody", { url })} confirmLabel={t("webhooks.disableConfirm")} />;
}

export function RedeliverButton({ id }: { id: string }) {
  const { t } = useI18n();
  const form = useKeptForm(redeliverWebhook);
  return (
    <form key={form.key} action={form.formAction}>
      <input type="hidden" name="id" value={id} />
      <FormStatus state={form.state} />
      <Button type="submit" variant="secondary" disabled={form.isBusy}>
        {t("webhooks.redeliver")}
      </Button>
    </form>
  );
}
