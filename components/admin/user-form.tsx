"use client";
// Create or edit a user account. Editing carries the version the administrator saw, so a
// concurrent change shows a conflict instead of being overwritten.
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { createUser, updateUser } from "@/lib/actions/users";
import type { ActionResult } from "@/lib/actions/result";

type Option = { id: string; label: string };
type ExistingUser = { id: string; name: string; email: string; role: string; isActive: boolean; organisationId: string | null; personId: string | null; version: number };

const roles = ["ADMIN", "MANAGER", "OFFICER", "WG_MEMBER"] as const;

/** `people`: the person records the account may stand for (a working-group member's groups come from theirs). */
export function UserForm({ organisations, people, user }: { organisations: Option[]; people: Option[]; user?: ExistingUser }) {
  const { t } = useI18n();
  const save: (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>> = user ? updateUser : createUser;
  const form = useKeptForm(save);
  const { state, isPending, isBusy, error } = form;

  return (
    <form key={form.key} action={form.formAction} className="max-w-xl space-y-4" noValidate>
      <FormStatus state={state} />
      {user ? (
        <>
          <input type="hidden" name="id" value={user.id} />
          <input type="hidden" name="version" value={user.version} />
        </>
      ) : null}
      <TextField label={t("users.fields.name")} name="name" required defaultValue={form.value("name", user?.name ?? "")} error={error("name")} />
      {user ? (
        <p className="text-sm">
          <span className="font-medium">{t("compose.label", { label: t("users.fields.email") })}</span> {user.email}
        </p>
      ) : (
        <TextField label={t("users.fields.email")} name="email" type="email" required defaultValue={form.value("email", "")} error={error("email")} />
      )}
      <SelectField
        label={t("users.fields.role")}
        name="role"
        required
        defaultValue={form.value("role", user?.role ?? "OFFICER")}
        options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        error={error("role")}
      />
      <SelectField
        label={t("users.fields.organisation")}
        name="organisationId"
        hint={t("users.fields.organisationHint")}
        defaultValue={form.value("organisationId", user?.organisationId ?? "")}
        options={[{ value: "", label: t("users.fields.noOrganisation") }, ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.label }))]}
        error={error("organisationId")}
      />
      <SelectField
        label={t("users.fields.person")}
        name="personId"
        hint={t("users.fields.personHint")}
        defaultValue={form.value("personId", user?.personId ?? "")}
        options={[{ value: "", label: t("users.fields.noPerson") }, ...people.map((person) => ({ value: person.id, label: person.label }))]}
        error={error("personId")}
      />
      {user ? (
        <SelectField
          label={t("users.fields.status")}
          name="isActive"
          defaultValue={form.value("isActive", String(user.isActive))}
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
        <Button type="submit" disabled={isBusy}>
          {isPending ? t("common.saving") : user ? t("common.save") : t("users.create")}
        </Button>
        <Link href="/admin/users" className="self-center text-sm">
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}
