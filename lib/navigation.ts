// Where each navigation entry leads; who sees which entries is decided in lib/permissions.ts.
import type { NavigationItem } from "@/lib/permissions";
import type { MessageKey } from "@/lib/i18n/translate";

export const navigationTargets: Record<NavigationItem, { href: string; label: MessageKey }> = {
  dashboard: { href: "/dashboard", label: "nav.dashboard" },
  milestones: { href: "/milestones", label: "nav.milestones" },
  agreements: { href: "/agreements", label: "nav.agreements" },
  workingGroups: { href: "/working-groups", label: "nav.workingGroups" },
  actionItems: { href: "/action-items", label: "nav.actionItems" },
  calendar: { href: "/calendar", label: "nav.calendar" },
  users: { href: "/admin/users", label: "nav.users" },
  organisations: { href: "/admin/organisations", label: "nav.organisations" },
  people: { href: "/admin/people", label: "nav.people" },
  outbox: { href: "/admin/outbox", label: "notifications.outbox.title" },
  toConfirm: { href: "/to-confirm", label: "nav.toConfirm" },
  webhooks: { href: "/admin/webhooks", label: "webhooks.title" },
};
