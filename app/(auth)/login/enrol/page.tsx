import Link from "next/link";
import { cookies } from "next/headers";
import { EnrolForm } from "@/components/auth/enrol-form";
import { FinishSignInForm } from "@/components/auth/finish-sign-in-form";
import { confirmSignInEnrolment } from "@/lib/actions/auth";
import { challengeCookie, openChallenge } from "@/lib/auth/mfa/challenge";
import { pendingEnrolment } from "@/lib/auth/mfa/enrolment";
import { qrCodeDataUrl } from "@/lib/auth/mfa/qr";
import { groupedKey } from "@/lib/auth/mfa/totp";
import { safeNextPath } from "@/lib/auth/next-path";
import { db } from "@/lib/db";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { SignInFrame } from "../sign-in-frame";

export const generateMetadata = pageTitle("auth.enrol.title");

/** Right after the password step, for a user whose role requires a second factor they have not set up. */
export default async function EnrolPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeNextPath((await searchParams).next);
  const { t } = await getTranslations();
  const challenge = await openChallenge(db, (await cookies()).get(challengeCookie)?.value);
  if (!challenge || challenge.step !== "ENROL") {
    return (
      <SignInFrame title={t("auth.enrol.title")} intro={t("auth.secondStep.expired")}>
        <Link href="/login" className="font-medium text-primary-700 underline">
          {t("auth.secondStep.startOver")}
        </Link>
      </SignInFrame>
    );
  }
  const pending = await pendingEnrolment(db, challenge.user);
  return (
    <SignInFrame title={t("auth.enrol.title")} intro={t("auth.enrol.intro")}>
      <EnrolForm
        action={confirmSignInEnrolment}
        qrCode={await qrCodeDataUrl(pending.uri)}
        typedKey={groupedKey(pending.secret)}
        after={<FinishSignInForm next={next === "/" ? undefined : next} />}
      />
    </SignInFrame>
  );
}
