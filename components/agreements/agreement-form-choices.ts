// The agreement form's choices as labelled options in the reader's language.
import type { AgreementFormChoices } from "@/components/agreements/agreement-form-values";
import type { AgreementFormOptions } from "@/lib/data/agreement-form";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/content";
import type { Translate } from "@/lib/i18n/translate";
import { displayName } from "@/lib/people/display-name";

export function agreementFormChoices(options: AgreementFormOptions, t: Translate, locale: Locale): AgreementFormChoices {
  return {
    organisations: options.organisations.map((organisation) => ({ id: organisation.id, label: t("compose.qualified", { name: localized(organisation, "name", locale), detail: t(`sides.${organisation.side}`) }) })),
    people: options.people.map((person) => {
      const name = displayName(person, locale);
      const detail = localized(person, "title", locale) || undefined;
      return { id: person.id, label: detail ? `${name} — ${detail}` : name, name, detail };
    }),
    events: options.events.map((event) => ({ id: event.id, label: `${formatDate(event.date, locale)} — ${localized(event, "place", locale) || t("common.notStated")}` })),
    agreements: options.agreements.map((agreement) => ({ id: agreement.id, label: localized(agreement, "title", locale) })),
  };
}
