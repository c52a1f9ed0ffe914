// Shared by the new and edit pages: the action item form's choices, labelled in the reader's language.
import { today as appToday } from "@/lib/dates";
import type { getActionItemFormOptions } from "@/lib/data/action-items";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/content";
import type { Translate } from "@/lib/i18n/translate";
import { displayName } from "@/lib/people/display-name";

type Options = NonNullable<Awaited<ReturnType<typeof getActionItemFormOptions>>>;
export type Choice = { id: string; label: string };

/** Owners are offered from the group's current members (the rule lib/action-items/references.ts enforces). */
export function actionItemFormChoices(options: Options, locale: Locale, t: Translate, today = appToday()) {
  const day = today;
  const current = options.group.members.filter((member) => !member.endsOn || member.endsOn >= day);
  const membersOn = (side: "MALAYSIA" | "CHINA"): Choice[] =>
    current.filter((member) => member.side === side).map((member) => ({ id: member.personId, label: t("compose.qualified", { name: displayName(member.person, locale), detail: t(`workingGroupRoles.${member.role}`) }) }));
  return {
    malaysianMembers: membersOn("MALAYSIA"),
    chineseMembers: membersOn("CHINA"),
    areas: options.areas.map((area) => ({ id: area.id, label: `${area.number}. ${localized(area, "title", locale)}` })),
    milestones: options.milestones.map((milestone) => ({ id: milestone.id, label: localized(milestone, "title", locale) })),
  };
}

/**
 * Keeps the item's own choice offered when the list no longer has it (an owner who has left the
 * group, a retired area): otherwise the select would quietly fall back to "none" and saving an
 * unrelated correction would drop it.
 */
export function withCurrent(choices: Choice[], current: Choice | null): Choice[] {
  if (!current || choices.some((choice) => choice.id === current.id)) return choices;
  return [current, ...choices];
}
