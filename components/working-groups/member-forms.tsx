"use client";
// Managing a group's members: add a person, change a membership (role, dates), remove it (with
// a confirmation step) and pair counterparts across the sides.
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { FormStatus } from "@/components/ui/form-status";
import {
  addWorkingGroupMember,
  removeWorkingGroupMember,
  setWorkingGroupCounterpart,
  updateWorkingGroupMember,
} from "@/lib/actions/working-groups";

const roles = ["CO_CHAIR", "MEMBER", "SECRETARIAT"] as const;

export function AddMemberForm({ workingGroupId, people }: { workingGroupId: string; people: { id: string; label: string }[] }) {
  const { t } = useI18n();
  const form = useKeptForm(addWorkingGroupMember);
  const { state, formAction, isPending, isBusy } = form;
  const error = form.error;
  return (
    <form key={form.key} action={formAction} className="grid gap-3 md:grid-cols-5 md:items-end" noValidate>
      <div className="md:col-span-5">
        <FormStatus state={state} />
      </div>
      <input type="hidden" name="workingGroupId" value={workingGroupId} />
      <div className="md:col-span-2">
        <SelectField
          label={t("workingGroups.fields.person")}
          name="personId"
          required
          defaultValue={form.value("personId", "")}
          options={[{ value: "", label: t("workingGroups.fields.choosePerson") }, ...people.map((person) => ({ value: person.id, label: person.label }))]}
          error={error("personId")}
        />
      </div>
      <SelectField label={t("workingGroups.columns.role")} name="role" defaultValue={form.value("role", "MEMBER")} options={roles.map((role) => ({ value: role, label: t(`workingGroupRoles.${role}`) }))} error={error("role")} />
      <TextField label={t("workingGroups.fields.startsOn")} name="startsOn" type="date" defaultValue={form.value("startsOn", "")} error={error("startsOn")} />
      <TextField label={t("workingGroups.fields.endsOn")} name="endsOn" type="date" defaultValue={form.value("endsOn", "")} error={error("endsOn")} />
      <div className="md:col-span-5">
        <Button type="submit" disabled={isBusy}>
          {isPending ? t("common.saving") : t("workingGroups.addMember")}
        </Button>
      </div>
    </form>
  );
}

type Member = { id: string; version: number; name: string; role: string; startsOn: string; endsOn: string };

export function EditMemberForm({ member }: { member: Member }) {
  const { t } = useI18n();
  const form = useKeptForm(updateWorkingGroupMember);
  const { state, formAction, isPending, isBusy } = form;
  const error = form.error;
  return (
    <form key={form.key} action={formAction} className="grid gap-2 md:grid-cols-4 md:items-end" noValidate aria-label={t("workingGroups.editMemberOf", { name: member.name })}>
      <div className="md:col-span-4">
        <FormStatus state={state} />
      </div>
      <input type="hidden" name="id" value={member.id} />
      <input type="hidden" name="version" value={member.version} />
      <SelectField label={t("workingGroups.columns.role")} name="role" defaultValue={form.value("role", member.role)} options={roles.map((role) => ({ value: role, label: t(`workingGroupRoles.${role}`) }))} error={error("role")} />
      <TextField label={t("workingGroups.fields.startsOn")} name="startsOn" type="date" defaultValue={form.value("startsOn", member.startsOn)} error={error("startsOn")} />
      <TextField label={t("workingGroups.fields.endsOn")} name="endsOn" type="date" defaultValue={form.value("endsOn", member.endsOn)} error={error("endsOn")} />
      <Button type="submit" variant="secondary" disabled={isBusy}>
        {isPending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}

export function RemoveMemberButton({ member }: { member: Pick<Member, "id" | "version" | "name"> }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const form = useKeptForm(removeWorkingGroupMember);
  const { state, formAction, isBusy } = form;
  if (!confirming) {
    return (
      <Button variant="ghost" onClick={() => setConfirming(true)}>
        {t("workingGroups.removeMember", { name: member.name })}
      </Button>
    );
  }
  return (
    <form key={form.key} action={formAction} className="flex flex-wrap items-center gap-2">
      <FormStatus state={state} />
      <input type="hidden" name="id" value={member.id} />
      <input type="hidden" name="version" value={member.version} />
      <input type="hidden" name="confirm" value="yes" />
      <span className="text-sm">{t("workingGroups.confirmRemove", { name: member.name })}</span>
      <Button type="submit" variant="danger" disabled={isBusy}>
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
  const form = useKeptForm(setWorkingGroupCounterpart);
  const { state, formAction, isBusy } = form;
  return (
    <form key={form.key} action={formAction} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="memberId" value={memberId} />
      <SelectField
        label={t("workingGroups.counterpartOf", { name: memberName })}
        name="counterpartMemberId"
        defaultValue={form.value("counterpartMemberId", current)}
        options={[{ value: "", label: t("workingGroups.noCounterpart") }, ...options.map((option) => ({ value: option.id, label: option.label }))]}
        error={form.error("counterpartMemberId")}
      />
      <Button type="submit" variant="secondary" disabled={isBusy}>
        {t("workingGroups.setCounterpart")}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
