"use client";
// Create or edit a user account. Editing carries the version the administrator saw, so a
// concurrent change shows a conflict instead of being overwritten.
import { useActionState } from "react";
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus, fieldError, useErrorText } from "@/components/ui/form-status";
import { createUser, updateUser } from "@/lib/actions/users";
import type { ActionResult } from "@/lib/actions/result";

type OrganisationOption = { id: string; label: string };
type ExistingUser = { id: string; name: string; email: string; role: string; isActive: boolean; organisationId: string | null; version: number };

const roles = ["ADMIN", "MANAGER", "OFFICER", "WG_MEMBER"] as const;

export function UserForm({ organisations, user }: { organisations: OrganisationOption[]; user?: ExistingUser }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const save: (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>> = user ? updateUser : createUser;
  const [state, formAction, isPending] = useActionState(save, { status: "idle" });
  const values = state.status === "error" || state.status === "conflict" ? state.values : undefined;
  const error = (field: string) => errorText(fieldError(state, field));

  return (
    // A new key when the typed values come back remounts the form: React resets a form after its
    // action runs, which would otherwise put the selects back to the options first rendered.
    <form key={values ? JSON.stringify(values) : "initial"} action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormStatus state={state} />
      {user ? (
        <>
          <input type="hidden" name="id" value={user.id} />
          <input type="hidden" name="version" value={user.version} />
        </>
      ) : null}
      <TextField label={t("users.fields.name")} name="name" required defaultValue={values?.name ?? user?.name ?? ""} error={error("name")} />
      {user ? (
        <p className="text-sm">
          <span className="font-medium">{t("compose.label", { label: t("users.fields.email") })}</span> {user.email}
        </p>
      ) : (
        <TextField label={t("users.fields.email")} name="email" type="email" required defaultValue={values?.email ?? ""} error={error("email")} />
      )}
      <SelectField
        label={t("users.fields.role")}
        name="role"
        required
        defaultValue={values?.role ?? user?.role ?? "OFFICER"}
        options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        error={error("role")}
      />
      <SelectField
        label={t("users.fields.organisation")}
        name="organisationId"
        hint={t("users.fields.organisationHint")}
        defaultValue={values?.organisationId ?? user?.organisationId ?? ""}
        options={[{ value: "", label: t("users.fields.noOrganisation") }, ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.label }))]}
        error={error("organisationId")}
      />
      {user ? (
        <SelectField
          label={t("users.fields.status")}
          name="isActive"
          defaultValue={values?.isActive ?? String(user.isActive)}
          options={[
            { value: "true", label: t("users.active") },
            { value: "false", label: t("users.disabled") },
          ]}
          error={error("isActive")}
        />
      ) : (
        <TextField
          label={t("users.fields.password")}
          name="password"
          type="password"
          autoComplete="new-password"
          hint={t("users.fields.passwordHint")}
          required
          error={error("password")}
        />
      )}
      <div className="flex gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending ? t("common.saving") : user ? t("common.save") : t("users.create")}
        </Button>
        <Link href="/admin/users" className="self-center text-sm">
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}
