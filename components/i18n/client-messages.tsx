// Sends the client components below it the catalog sections of one area, in the reader's
// language (server component; nests inside the root layout's provider).
import type { ReactNode } from "react";
import { clientNamespaces, pickMessages, type ClientMessagesArea } from "@/lib/i18n/client-namespaces";
import { catalogs } from "@/lib/i18n/messages";
import { getLocale } from "@/lib/i18n/server";
import { I18nProvider } from "./i18n-provider";

export async function ClientMessages({ area, children }: { area: ClientMessagesArea; children: ReactNode }) {
  const locale = await getLocale();
  return (
    <I18nProvider locale={locale} messages={pickMessages(catalogs[locale], clientNamespaces[area])}>
      {children}
    </I18nProvider>
  );
}
