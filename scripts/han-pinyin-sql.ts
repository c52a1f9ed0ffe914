// Prints the INSERT statements of the HanPinyin table (see migration *_reader_language_sort_keys):
// every character of GB 2312 with its most common pinyin reading and tone as a digit, from
// pinyin-pro. Run again only to rebuild that migration's data: `npx tsx scripts/han-pinyin-sql.ts`.
import { pinyin } from "pinyin-pro";

function gb2312Characters(): string[] {
  const decoder = new TextDecoder("gb2312");
  const characters: string[] = [];
  // Levels 1 and 2 of GB 2312: rows 0xB0–0xF7, cells 0xA1–0xFE (level 1 ends at 0xD7F9).
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const character = decoder.decode(new Uint8Array([row, cell]));
      if (/^\p{Script=Han}$/u.test(character)) characters.push(character);
    }
  }
  return [...new Set(characters)];
}

const rows = gb2312Characters().map((character) => {
  const reading = pinyin(character, { toneType: "num", type: "array" })[0] ?? "";
  // ü is written v so that keys stay ASCII; a neutral tone (0) sorts before the four tones.
  return [character, reading.replace(/ü/g, "v")] as const;
});
const usable = rows.filter(([, reading]) => /^[a-z]+[0-4]$/.test(reading));
for (let start = 0; start < usable.length; start += 500) {
  const values = usable.slice(start, start + 500).map(([character, reading]) => `('${character}','${reading}')`);
  console.log(`INSERT INTO "HanPinyin" ("han", "pinyin") VALUES\n${values.join(",\n")};`);
}
console.error(`${usable.length} of ${rows.length} characters`);
