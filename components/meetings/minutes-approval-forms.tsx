"use client";
// The controls of the minutes approval: the secretariat circulates; a side's approver approves or
// requests changes (with a required comment); agreed minutes are reopened only by starting a new
// revision, after an explicit confirmation. Each carries the meeting's version: an answer to
// minutes that changed meanwhile is a conflict, never an approval of something unseen.
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { approveMinutes, circulateMinutes, requestMinutesChanges, startMinutesRevision } from "@/lib/actions/minutes";

type Meeting = { id: string; version: number };
type Side = "MALAYSIA" | "CHINA";

export function CirculateMinutesForm({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const form = useKeptForm(circulateMinutes);
  return (
    <form key={form.key} action={form.formAction} className="space-y-2">
      <FormStatus state={form.state} />
      <input type="hidden" name="id" value={meeting.id} />
      <input type="hidden" name="version" value={meeting.version} />
      <p className="text-sm text-gray-700">{t("agreedMinutes.circulateHint")}</p>
      <Button type="submit" disabled={form.isBusy}>
        {form.isPending ? t("common.saving") : t("agreedMinutes.circulate")}
      </Button>
    </form>
  );
}

export function ApproveMinutesForm({ meeting, side }: { meeting: Meeting; side: Side }) {
  const { t } = useI18n();
  const form = useKeptForm(approveMinutes);
  return (
    <form key={form.key} action={form.formAction} className="space-y-2">
      <FormStatus state={form.state} />
      <input type="hidden" name="id" value={meeting.id} />
      <input type="hidden" name="version" value={meeting.version} />
      <input type="hidden" name="side" value={side} />
      <Button type="submit" disabled={form.isBusy}>
        {form.isPending ? t("common.saving") : t("agreedMinutes.approveFor", { side: t(`sides.${side}`) })}
      </Button>
    </form>
  );
}

export function RequestMinutesChangesForm({ meeting, side }: { meeting: Meeting; side: Side }) {
  const { t } = useI18n();
  const form = useKeptForm(requestMinutesChanges);
  return (
    <form key={form.key} action={form.formAction} className="space-y-2" noValidate aria-label={t("agreedMinutes.requestChangesFor", { side: t(`sides.${side}`) })}>
      <FormStatus state={form.state} />
      <input type="hidden" name="id" value={meeting.id} />
      <input type="hidden" name="version" value={meeting.version} />
      <input type="hidden" name="side" value={side} />
      <TextAreaField label={t("agreedMinutes.comment")} hint={t("agreedMinutes.commentHint")} name="comment" required rows={3} defaultValue={form.value("comment")} error={form.error("comment")} />
      <Button type="submit" variant="secondary" disabled={form.isBusy}>
        {form.isPending ? t("common.saving") : t("agreedMinutes.requestChangesFor", { side: t(`sides.${side}`) })}
      </Button>
    </form>
  );
}

export function StartMinutesRevisionForm({ meeting, revisionNumber }: { meeting: Meeting; revisionNumber: number }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const form = useKeptForm(startMinutesRevision);
  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t("agreedMinutes.startRevision")}
      </Button>
    );
  }
  return (
    <form key={form.key} action={form.formAction} className="space-y-2">
      <FormStatus state={form.state} />
      <input type="hidden" name="id" value={meeting.id} />
      <input type="hidden" name="version" value={meeting.version} />
      <input type="hidden" name="confirm" value="yes" />
      <p className="text-sm">{t("agreedMinutes.startRevisionConfirm", { number: revisionNumber })}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" disabled={form.isBusy}>
          {t("agreedMinutes.startRevisionButton", { next: revisionNumber + 1 })}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          {t("agreedMinutes.keepAgreed")}
        </Button>
      </div>
    </form>
  );
}
