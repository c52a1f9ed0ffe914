import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { localeTags } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";
import { getLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  return { title: { default: catalogs[locale].app.name, template: `%s · ${catalogs[locale].app.name}` }, description: catalogs[locale].app.tagline };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={localeTags[locale]}>
      <body className="min-h-screen">
        <I18nProvider locale={locale} messages={catalogs[locale]}>
          {children}
        </I18nProvider>
      </body>
    </html>
  );
}
