// Where a progress update on a joint milestone stands with the other side, in words (never by
// colour alone): "Reported by Malaysia: waiting for the other side to confirm", "Confirmed by both
// sides", "Disputed by China", "Settled by a correction"; with who answered, when and why.
import type { Side } from "@/lib/auth/session-user";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";

export type ConfirmationView = {
  state: "REPORTED" | "CONFIRMED" | "DISPUTED" | "SUPERSEDED";
  reportedSide: Side | null;
  answerSide: Side | null;
  confirmedAt?: Date | null;
  confirmedBy?: { name: string } | null;
  disputedAt: Date | null;
  disputeComment: string | null;
  disputedBy: { name: string } | null;
};

const tone: Record<ConfirmationView["state"], string> = {
  REPORTED: "border-amber-300 bg-amber-50 text-amber-900",
  CONFIRMED: "border-green-300 bg-green-50 text-green-900",
  DISPUTED: "border-red-300 bg-red-50 text-red-900",
  SUPERSEDED: "border-gray-300 bg-gray-50 text-gray-800",
};

export function confirmationStateText(view: Pick<ConfirmationView, "state" | "reportedSide" | "answerSide">, t: Translate): string {
  const side = (value: Side | null) => (value ? t(`jointProgress.sideName.${value}`) : "");
  if (view.state === "REPORTED") return view.reportedSide ? t("jointProgress.state.REPORTED", { side: side(view.reportedSide) }) : t("jointProgress.state.REPORTED_NO_SIDE");
  if (view.state === "DISPUTED") return t("jointProgress.state.DISPUTED", { side: side(view.answerSide) });
  return t(`jointProgress.state.${view.state}`);
}

export function ConfirmationState({ view, t, locale }: { view: ConfirmationView; t: Translate; locale: Locale }) {
  const side = view.answerSide ? t(`jointProgress.sideName.${view.answerSide}`) : "";
  return (
    <div className="mt-2 space-y-1 text-sm">
      <p>
        <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium ${tone[view.state]}`}>
          <span aria-hidden="true">●</span>
          {confirmationStateText(view, t)}
        </span>
      </p>
      {view.confirmedAt && view.confirmedBy ? <p className="text-gray-700">{t("jointProgress.confirmedBy", { side, name: view.confirmedBy.name, date: formatDateTime(view.confirmedAt, locale) })}</p> : null}
      {view.disputedAt && view.disputedBy ? (
        <p className="text-gray-700">{t("jointProgress.disputedBy", { side, name: view.disputedBy.name, date: formatDateTime(view.disputedAt, locale), comment: view.disputeComment ?? "" })}</p>
      ) : null}
    </div>
  );
}
