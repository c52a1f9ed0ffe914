import { PasswordForm } from "@/components/account/password-form";
import { ApiTokensSection } from "@/components/account/api-tokens-section";
import { ConfirmEnrolment, RemoveSecondFactorButton, StartEnrolmentButton } from "@/components/account/second-factor-controls";
import { ReauthForm } from "@/components/auth/reauth-form";
import { qrCodeDataUrl } from "@/lib/auth/mfa/qr";
import { EndOtherSessionsButton, EndSessionButton } from "@/components/account/session-controls";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader, Section } from "@/components/ui/page-header";
import { describeDevice } from "@/lib/auth/device";
import { requireUserForPage } from "@/lib/auth/session";
import { listMySessions, myAuthenticationState } from "@/lib/data/account";
import { formatDate, formatDateTime } from "@/lib/format";
import { getTranslations, pageTitle } from "@/lib/i18n/server";

export const generateMetadata = pageTitle("account.title");

export default async function AccountPage() {
  const user = await requireUserForPage();
  const [{ t, locale }, sessions, security] = await Promise.all([getTranslations(), listMySessions(), myAuthenticationState()]);
  const qrCode = security.pending ? await qrCodeDataUrl(security.pending.uri) : null;
  const deviceName = (userAgent: string | null) => {
    const { browser, system } = describeDevice(userAgent);
    if (browser && system) return t("account.sessions.browserOn", { browser, system });
    return browser ?? system ?? t("account.sessions.unknownDevice");
  };
  return (
    <>
      <PageHeader title={t("account.title")} description={t("account.description", { email: user.email })} />
      <div className="space-y-10">
        <Section title={t("account.sessions.title")}>
          <p className="mb-4 text-sm text-gray-700">{t("account.sessions.intro")}</p>
          <DataTable
            framed
            caption={t("account.sessions.title")}
            rows={sessions}
            rowKey={(row) => row.id}
            empty={t("account.sessions.empty")}
            columns={[
              {
                key: "device",
                header: t("account.sessions.device"),
                cell: (row) => (
                  <span className="flex flex-wrap items-center gap-2">
                    {deviceName(row.userAgent)}
                    {row.isCurrent ? <Badge tone="info">{t("account.sessions.thisDevice")}</Badge> : null}
                  </span>
                ),
              },
              { key: "address", header: t("account.sessions.address"), cell: (row) => row.address ?? "—" },
              { key: "started", header: t("account.sessions.started"), cell: (row) => formatDateTime(row.createdAt, locale) },
              { key: "lastSeen", header: t("account.sessions.lastSeen"), cell: (row) => formatDateTime(row.lastSeenAt, locale) },
              { key: "end", header: t("account.sessions.actions"), cell: (row) => <EndSessionButton sessionId={row.id} device={deviceName(row.userAgent)} isCurrent={row.isCurrent} /> },
            ]}
          />
          {sessions.length > 1 ? (
            <div className="mt-4">
              <EndOtherSessionsButton />
            </div>
          ) : null}
        </Section>
        <Section title={t("account.mfa.title")} id="second-factor">
          <div className="space-y-4">
            <p className="text-sm text-gray-700">{t("account.mfa.intro")}</p>
            <p className="text-sm font-medium text-gray-900">
              {security.enabledAt ? t("account.mfa.on", { date: formatDate(security.enabledAt, locale), remaining: security.remainingCodes }) : t("account.mfa.off")}
              {security.isRequired ? ` ${t("account.mfa.required")}` : ""}
            </p>
            <ReauthForm validUntil={security.reauthUntil ? formatDateTime(security.reauthUntil, locale) : null} hasSecondFactor={Boolean(security.enabledAt)} />
            {security.enabledAt ? (
              <RemoveSecondFactorButton />
            ) : security.pending && qrCode ? (
              <ConfirmEnrolment qrCode={qrCode} typedKey={security.pending.key} />
            ) : (
              <StartEnrolmentButton />
            )}
          </div>
        </Section>
        <ApiTokensSection />
        <Section title={t("account.password.title")}>
          <p className="mb-4 text-sm text-gray-700">{t("account.password.intro")}</p>
          <PasswordForm />
        </Section>
      </div>
    </>
  );
}
