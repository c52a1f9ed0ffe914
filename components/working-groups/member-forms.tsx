"use client";
// Managing a group's members: add a person, change a membership (role, dates), remove it (with
// a confirmation step) and pair counterparts across the sides.
import { useActionState, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus, fieldError, useErrorText } from "@/components/ui/form-status";
import {
  addWorkingGroupMember,
  removeWorkingGroupMember,
  setWorkingGroupCounterpart,
  updateWorkingGroupMember,
} from "@/lib/actions/working-groups";

const roles = ["CO_CHAIR", "MEMBER", "SECRETARIAT"] as const;

export function AddMemberForm({ workingGroupId, people }: { workingGroupId: string; people: { id: string; label: string }[] }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [state, formAction, isPending] = useActionState(addWorkingGroupMember, { status: "idle" });
  const values = state.status === "error" ? state.values : undefined;
  const error = (field: string) => errorText(fieldError(state, field));
  return (
    <form action={formAction} className="grid gap-3 md:grid-cols-5 md:items-end" noValidate>
      <div className="md:col-span-5">
        <FormStatus state={state} successText={t("workingGroups.memberAdded")} />
      </div>
      <input type="hidden" name="workingGroupId" value={workingGroupId} />
      <div className="md:col-span-2">
        <SelectField
          label={t("workingGroups.fields.person")}
          name="personId"
          required
          defaultValue={values?.personId ?? ""}
          options={[{ value: "", label: t("workingGroups.fields.choosePerson") }, ...people.map((person) => ({ value: person.id, label: person.label }))]}
          error={error("personId")}
        />
      </div>
      <SelectField label={t("workingGroups.columns.role")} name="role" defaultValue={values?.role ?? "MEMBER"} options={roles.map((role) => ({ value: role, label: t(`workingGroupRoles.${role}`) }))} error={error("role")} />
      <TextField label={t("workingGroups.fields.startsOn")} name="startsOn" type="date" defaultValue={values?.startsOn ?? ""} error={error("startsOn")} />
      <TextField label={t("workingGroups.fields.endsOn")} name="endsOn" type="date" defaultValue={values?.endsOn ?? ""} error={error("endsOn")} />
      <div className="md:col-span-5">
        <Button type="submit" disabled={isPending}>
          {isPending ? t("common.saving") : t("workingGroups.addMember")}
        </Button>
      </div>
    </form>
  );
}

type Member = { id: string; version: number; name: string; role: string; startsOn: string; endsOn: string };

export function EditMemberForm({ member }: { member: Member }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [state, formAction, isPending] = useActionState(updateWorkingGroupMember, { status: "idle" });
  const error = (field: string) => errorText(fieldError(state, field));
  return (
    <form action={formAction} className="grid gap-2 md:grid-cols-4 md:items-end" noValidate aria-label={t("workingGroups.editMemberOf", { name: member.name })}>
      <div className="md:col-span-4">
        <FormStatus state={state} successText={t("workingGroups.memberSaved")} />
      </div>
      <input type="hidden" name="id" value={member.id} />
      <input type="hidden" name="version" value={member.version} />
      <SelectField label={t("workingGroups.columns.role")} name="role" defaultValue={member.role} options={roles.map((role) => ({ value: role, label: t(`workingGroupRoles.${role}`) }))} error={error("role")} />
      <TextField label={t("workingGroups.fields.startsOn")} name="startsOn" type="date" defaultValue={member.startsOn} error={error("startsOn")} />
      <TextField label={t("workingGroups.fields.endsOn")} name="endsOn" type="date" defaultValue={member.endsOn} error={error("endsOn")} />
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}

export function RemoveMemberButton({ member }: { member: Pick<Member, "id" | "version" | "name"> }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [state, formAction, isPending] = useActionState(removeWorkingGroupMember, { status: "idle" });
  if (!confirming) {
    return (
      <Button variant="ghost" onClick={() => setConfirming(true)}>
        {t("workingGroups.removeMember", { name: member.name })}
      </Button>
    );
  }
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <FormStatus state={state} />
      <input type="hidden" name="id" value={member.id} />
      <input type="hidden" name="version" value={member.version} />
      <input type="hidden" name="confirm" value="yes" />
      <span className="text-sm">{t("workingGroups.confirmRemove", { name: member.name })}</span>
      <Button type="submit" variant="danger" disabled={isPending}>
        {t("workingGroups.confirmRemoveButton")}
      </Button>
      <Button variant="secondary" onClick={() => setConfirming(false)}>
        {t("common.cancel")}
      </Button>
    </form>
  );
}

export function CounterpartForm({ memberId, memberName, current, options }: { memberId: string; memberName: string; current: string; options: { id: string; label: string }[] }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [state, formAction, isPending] = useActionState(setWorkingGroupCounterpart, { status: "idle" });
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="memberId" value={memberId} />
      <SelectField
        label={t("workingGroups.counterpartOf", { name: memberName })}
        name="counterpartMemberId"
        defaultValue={current}
        options={[{ value: "", label: t("workingGroups.noCounterpart") }, ...options.map((option) => ({ value: option.id, label: option.label }))]}
        error={errorText(fieldError(state, "counterpartMemberId"))}
      />
      <Button type="submit" variant="secondary" disabled={isPending}>
        {t("workingGroups.setCounterpart")}
      </Button>
      <FormStatus state={state} successText={t("workingGroups.counterpartSaved")} />
    </form>
  );
}
