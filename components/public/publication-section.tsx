// The agreement page's "public page" box: whether it is published, a link to it, and for
// administrators the control to publish or take it down. Others see nothing here.
import Link from "next/link";
import { Section } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { getTranslations } from "@/lib/i18n/server";
import { canPublishAgreements } from "@/lib/permissions";
import { PublishControl } from "./publish-control";

export async function PublicationSection({ agreement }: { agreement: { id: string; version: number; publishedAt: Date | null } }) {
  const [user, { t, locale }] = await Promise.all([getCurrentUser(), getTranslations()]);
  if (!user || !canPublishAgreements(user)) return null;
  return (
    <Section title={t("publicPages.control.title")} id="public-page">
      <p className="mb-3 text-sm text-gray-700">
        {agreement.publishedAt ? t("publicPages.control.published", { date: formatDate(agreement.publishedAt, locale) }) : t("publicPages.control.notPublished")}
      </p>
      {agreement.publishedAt ? (
        <p className="mb-3 text-sm">
          <Link href={`/public/agreements/${agreement.id}`}>{t("publicPages.control.open")}</Link>
        </p>
      ) : null}
      <PublishControl agreementId={agreement.id} version={agreement.version} isPublished={Boolean(agreement.publishedAt)} />
    </Section>
  );
}
