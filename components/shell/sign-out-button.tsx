"use client";
import { useActionState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { signOutOfAccount } from "@/lib/actions/auth";

export function SignOutButton() {
  const { t } = useI18n();
  const [, formAction, isPending] = useActionState(signOutOfAccount, { status: "idle" });
  return (
    <form action={formAction}>
      <button type="submit" disabled={isPending} className="rounded-md px-3 py-2 text-sm font-medium text-gray-700 hover:bg-gray-100">
        {t("auth.signOut")}
      </button>
    </form>
  );
}
