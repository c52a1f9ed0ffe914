// Where each navigation entry leads; who sees which entries is decided in lib/permissions.ts.
import type { NavigationItem } from "@/lib/permissions";
import type { MessageKey } from "@/lib/i18n/translate";

export const navigationTargets: Record<NavigationItem, { href: string; label: MessageKey }> = {
  agreements: { href: "/agreements", label: "nav.agreements" },
  workingGroups: { href: "/working-groups", label: "nav.workingGroups" },
  users: { href: "/admin/users", label: "nav.users" },
};
