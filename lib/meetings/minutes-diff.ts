// What changed between two revisions of the minutes, field by field: the summary, each agenda
// item's minutes, each decision (in each language it is written in) and attendance. Text changes
// are word by word (jsdiff, with the platform's word segmenter, so Chinese is split into words
// too rather than compared as one long string).
import { diffWords, type ChangeObject } from "diff";
import type { MinutesContent } from "./minutes-content";

export type DiffPart = { value: string; added: boolean; removed: boolean };

export type TextChange = { change: "added" | "removed" | "changed"; parts: DiffPart[] };

export type MinutesChange =
  | ({ field: "summary" } & TextChange)
  | ({ field: "agendaItem"; order: number; title: string } & TextChange)
  | ({ field: "decision"; order: number; language: "en" | "ms" | "zh" } & TextChange)
  | { field: "attendance"; name: string; nameZh: string | null; side: "MALAYSIA" | "CHINA"; attended: boolean | null; wasAttended: boolean | null };

const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });

const toPart = (part: ChangeObject<string>): DiffPart => ({ value: part.value, added: part.added, removed: part.removed });

/** A word-by-word change between two texts, or null when they are the same (blank counts as none). */
export function diffText(before: string | null | undefined, after: string | null | undefined): TextChange | null {
  const was = before?.trim() ? before : "";
  const now = after?.trim() ? after : "";
  if (was === now) return null;
  if (!was) return { change: "added", parts: [{ value: now, added: true, removed: false }] };
  if (!now) return { change: "removed", parts: [{ value: was, added: false, removed: true }] };
  return { change: "changed", parts: diffWords(was, now, { intlSegmenter: segmenter }).map(toPart) };
}

const languages = [
  ["en", "textEn"],
  ["ms", "textMs"],
  ["zh", "textZh"],
] as const;

export function diffMinutes(before: MinutesContent, after: MinutesContent): MinutesChange[] {
  const changes: MinutesChange[] = [];
  const summary = diffText(before.summary, after.summary);
  if (summary) changes.push({ field: "summary", ...summary });

  const agendaBefore = new Map(before.agenda.map((item) => [item.id, item]));
  for (const item of after.agenda) {
    const change = diffText(agendaBefore.get(item.id)?.minutes, item.minutes);
    if (change) changes.push({ field: "agendaItem", order: item.order, title: item.title, ...change });
  }
  const agendaAfter = new Set(after.agenda.map((item) => item.id));
  for (const item of before.agenda) {
    const change = agendaAfter.has(item.id) ? null : diffText(item.minutes, null);
    if (change) changes.push({ field: "agendaItem", order: item.order, title: item.title, ...change });
  }

  const decisionsBefore = new Map(before.decisions.map((decision) => [decision.id, decision]));
  const decisionsAfter = new Map(after.decisions.map((decision) => [decision.id, decision]));
  const decisionIds = [...new Set([...before.decisions.map((decision) => decision.id), ...after.decisions.map((decision) => decision.id)])];
  for (const id of decisionIds) {
    const was = decisionsBefore.get(id);
    const now = decisionsAfter.get(id);
    const order = now?.order ?? was?.order ?? 0;
    for (const [language, field] of languages) {
      const change = diffText(was?.[field], now?.[field]);
      if (change) changes.push({ field: "decision", order, language, ...change });
    }
  }

  const attendedBefore = new Map(before.attendance.map((row) => [row.personId, row.attended]));
  const attendedAfter = new Map(after.attendance.map((row) => [row.personId, row.attended]));
  const people = new Map([...before.attendance, ...after.attendance].map((row) => [row.personId, row]));
  for (const [personId, person] of people) {
    const wasAttended = attendedBefore.get(personId) ?? null;
    const attended = attendedAfter.get(personId) ?? null;
    if (wasAttended !== attended) changes.push({ field: "attendance", name: person.name, nameZh: person.nameZh, side: person.side, attended, wasAttended });
  }
  return changes;
}
