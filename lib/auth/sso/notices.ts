// The sign-in page's message after an identity provider's answer signed nobody in.
import type { MessageKey } from "@/lib/i18n/translate";
import type { SsoRefusal } from "./match";

const refusals: Record<SsoRefusal, MessageKey> = {
  notVerified: "singleSignOn.refused.notVerified",
  noAccount: "singleSignOn.refused.noAccount",
  inactive: "singleSignOn.refused.inactive",
  pending: "singleSignOn.refused.pending",
  registered: "singleSignOn.refused.registered",
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function ssoNoticeKey(query: { sso?: string | string[]; error?: string | string[] }): MessageKey | null {
  const reason = first(query.sso);
  if (reason && Object.hasOwn(refusals, reason)) return refusals[reason as SsoRefusal];
  // Auth.js sends its errors (a provider that did not answer, a refused callback) as ?error=…
  return first(query.error) ? "singleSignOn.refused.failed" : null;
}
