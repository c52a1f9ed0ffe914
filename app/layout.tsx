import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { ClientMessages } from "@/components/i18n/client-messages";
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
        <ClientMessages area="root">{children}</ClientMessages>
      </body>
    </html>
  );
}
