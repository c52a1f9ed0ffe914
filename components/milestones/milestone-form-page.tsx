// Shared by the new and edit pages: turns the form options into labelled choices.
import { localized } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/config";
import type { listMilestoneFormOptions } from "@/lib/data/milestones";

type Options = Awaited<ReturnType<typeof listMilestoneFormOptions>>;

export function formChoices(options: Options, locale: Locale) {
  return {
    areas: options.areas.map((area) => ({ value: area.id, label: `${localized(area.agreement, "title", locale)} — ${area.number}. ${localized(area, "title", locale)}` })),
    organisations: options.organisations.map((organisation) => ({
      value: organisation.id,
      label: `${localized(organisation, "name", locale)}${organisation.acronym ? ` (${organisation.acronym})` : ""}`,
    })),
    officers: options.officers.map((officer) => ({ value: officer.id, label: `${officer.name}${officer.organisation?.acronym ? ` (${officer.organisation.acronym})` : ""}` })),
  };
}
