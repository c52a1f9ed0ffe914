import Link from "next/link";
import { cookies } from "next/headers";
import { SecondStepForm } from "@/components/auth/second-step-form";
import { challengeCookie, openChallenge } from "@/lib/auth/mfa/challenge";
import { safeNextPath } from "@/lib/auth/next-path";
import { db } from "@/lib/db";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { SignInFrame } from "../sign-in-frame";

export const generateMetadata = pageTitle("auth.secondStep.title");

/** The second step of signing in, for a browser that passed the password step (its challenge cookie). */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeNextPath((await searchParams).next);
  const { t } = await getTranslations();
  const challenge = await openChallenge(db, (await cookies()).get(challengeCookie)?.value);
  if (!challenge || challenge.step !== "VERIFY") {
    return (
      <SignInFrame title={t("auth.secondStep.title")} intro={t("auth.secondStep.expired")}>
        <Link href="/login" className="font-medium text-primary-700 underline">
          {t("auth.secondStep.startOver")}
        </Link>
      </SignInFrame>
    );
  }
  return (
    <SignInFrame title={t("auth.secondStep.title")} intro={t("auth.secondStep.intro")}>
      <SecondStepForm next={next === "/" ? undefined : next} />
    </SignInFrame>
  );
}
