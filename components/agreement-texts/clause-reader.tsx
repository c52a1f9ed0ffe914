// The clause-by-clause reader: one row per clause number, one column per language text, so the
// languages sit side by side; a clause a text lacks is said to be missing, and the cooperation
// areas linked to a clause are named in its row.
import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { ClauseRow, TextLanguage } from "@/lib/agreements/texts";
import { localeTags, type Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/content";
import type { Translate } from "@/lib/i18n/translate";

type Clause = { id: string; number: string; heading: string | null; body: string };
type Area = { id: string; number: number; textClauseNumber: string | null; titleEn: string; titleMs: string | null; titleZh: string | null };

export function ClauseReader({
  texts,
  rows,
  areas,
  agreementId,
  t,
  locale,
}: {
  texts: readonly { language: TextLanguage; standing: "AUTHENTIC" | "TRANSLATION" }[];
  rows: readonly ClauseRow<Clause>[];
  areas: readonly Area[];
  agreementId: string;
  t: Translate;
  locale: Locale;
}) {
  const languageColumns: Column<ClauseRow<Clause>>[] = texts.map((text) => ({
    key: text.language,
    header: `${t(`agreementTexts.languages.${text.language}`)} · ${t(`agreementTexts.standing.${text.standing}`)}`,
    className: "align-top min-w-64",
    cell: (row) => {
      const clause = row.byLanguage[text.language];
      if (!clause) return <p className="text-sm italic text-gray-600">{t("agreementTexts.reader.missing", { number: row.number })}</p>;
      return (
        <div lang={localeTags[text.language]} className="space-y-1 text-sm">
          {clause.heading ? <p className="font-semibold">{clause.heading}</p> : null}
          <p className="whitespace-pre-line">{clause.body}</p>
        </div>
      );
    },
  }));
  const columns: Column<ClauseRow<Clause>>[] = [
    { key: "number", header: t("agreementTexts.reader.clause"), className: "align-top font-medium", cell: (row) => row.number },
    ...languageColumns,
    {
      key: "areas",
      header: t("agreementTexts.reader.areas"),
      className: "align-top",
      cell: (row) => {
        const linked = areas.filter((area) => area.textClauseNumber === row.number);
        if (linked.length === 0) return null;
        return (
          <ul className="space-y-1 text-sm">
            {linked.map((area) => (
              <li key={area.id}>
                <Link href={`/agreements/${agreementId}#areas`}>{t("agreementTexts.reader.area", { number: area.number, title: localized(area, "title", locale) })}</Link>
              </li>
            ))}
          </ul>
        );
      },
    },
  ];
  return <DataTable caption={t("agreementTexts.reader.caption")} columns={columns} rows={rows} rowKey={(row) => row.number} rowHeader empty={t("agreementTexts.reader.empty")} />;
}
