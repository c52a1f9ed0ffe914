// Dashboard numbers in the reader's language.
import { formatMonth, formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";

export function percentText(value: number | null, locale: Locale, empty = "—"): string {
  return value === null ? empty : formatNumber(value / 100, locale, { style: "percent", maximumFractionDigits: 1 });
}

export function countText(value: number, locale: Locale): string {
  return formatNumber(value, locale);
}

export function daysText(value: number | null, locale: Locale, empty = "—"): string {
  return value === null ? empty : formatNumber(value, locale, { maximumFractionDigits: 1 });
}

export function monthText(date: Date, locale: Locale): string {
  return formatMonth(date, locale);
}
