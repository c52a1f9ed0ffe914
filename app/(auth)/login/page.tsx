import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { SsoSignIn } from "@/components/auth/sso-sign-in";
import { SignedOutHeader } from "@/components/shell/signed-out-header";
import { getCurrentUser } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/next-path";
import { isPasswordSignInEnabled, ssoConfig } from "@/lib/auth/sso/config";
import { ssoNoticeKey } from "@/lib/auth/sso/notices";
import { getTranslations, pageTitle } from "@/lib/i18n/server";

export const generateMetadata = pageTitle("auth.signInTitle");

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ notice?: string | string[]; next?: string | string[]; sso?: string | string[]; error?: string | string[] }> }) {
  const query = await searchParams;
  // Where the reader was going (a link from a mail, a bookmark): kept through sign-in, same-site paths only.
  const next = safeNextPath(query.next);
  if (await getCurrentUser()) redirect(next);
  const { t } = await getTranslations();
  const { notice } = query;
  const sso = ssoConfig();
  const isPasswordOn = isPasswordSignInEnabled();
  // Why the identity provider's answer signed nobody in (lib/auth/sso/match.ts), or Auth.js's own error.
  const ssoNotice = ssoNoticeKey({ sso: query.sso, error: query.error });
  return (
    <div className="flex min-h-screen flex-col">
      <SignedOutHeader appName={t("app.name")} />
      <main className="flex flex-1 items-center justify-center px-4 py-12">
        <div className="w-full max-w-sm rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold text-gray-900">{t("auth.signInTitle")}</h1>
          <p className="mb-6 mt-1 text-sm text-gray-600">{t("app.tagline")}</p>
          {notice === "passwordChanged" ? (
            <p role="status" className="mb-4 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900">
              {t("account.password.changed")}
            </p>
          ) : null}
          {ssoNotice ? (
            <p role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
              {t(ssoNotice)}
            </p>
          ) : null}
          {sso ? (
            <div className="mb-4 space-y-3">
              <SsoSignIn label={sso.buttonLabel ?? t("singleSignOn.defaultButton")} next={next === "/" ? undefined : next} />
              {isPasswordOn ? <p className="text-center text-xs text-gray-600">{t("singleSignOn.or")}</p> : <p className="text-sm text-gray-700">{t("singleSignOn.passwordOff")}</p>}
            </div>
          ) : null}
          {isPasswordOn ? <LoginForm next={next === "/" ? undefined : next} /> : null}
        </div>
      </main>
      <footer className="border-t border-gray-200 bg-white py-4 text-center text-xs text-gray-600">{t("app.footer")}</footer>
    </div>
  );
}
