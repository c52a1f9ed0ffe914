// SVG text does not wrap or make room for itself, so the charts estimate how wide a label will be
// (Chinese characters are about one em wide, Latin letters a little over half) and thin or
// shorten labels that would otherwise run into each other.

// Han, kana, Hangul, full-width forms and CJK punctuation: one em each.
const wideCharacter = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** A generous estimate of the width of `text` in user units at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) ems += wideCharacter.test(character) ? 1 : 0.62;
  return ems * fontSize;
}

/** The text itself when it fits in `maxWidth`, otherwise as much as fits followed by "…". */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const characters = [...text];
  while (characters.length > 0 && textWidth(`${characters.join("")}…`, fontSize) > maxWidth) characters.pop();
  return `${characters.join("")}…`;
}

/**
 * Which of `labels`, placed `spacing` apart and centred on their points, to show so that no two
 * shown labels touch: every k-th, counted back from the last (the latest month is always named).
 */
export function spacedLabelIndices(labels: readonly string[], spacing: number, fontSize: number, gap = 6): Set<number> {
  const widest = Math.max(0, ...labels.map((label) => textWidth(label, fontSize)));
  const stride = spacing > 0 ? Math.max(1, Math.ceil((widest + gap) / spacing)) : 1;
  const shown = new Set<number>();
  for (let index = labels.length - 1; index >= 0; index -= stride) shown.add(index);
  return shown;
}
