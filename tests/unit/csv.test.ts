import { describe, expect, it } from "vitest";
import { CsvError, parseCsv, parseCsvRows } from "@/lib/import/csv";

describe("parseCsv", () => {
  it("reads plain rows with CRLF or LF endings, with or without a final line break", () => {
    expect(parseCsv("a,b\r\n1,2\r\n")).toEqual([["a", "b"], ["1", "2"]]);
    expect(parseCsv("a,b\n1,2")).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("drops a byte-order mark", () => {
    expect(parseCsv("\uFEFFtitle_en,x\n1,2")[0]).toEqual(["title_en", "x"]);
  });

  it("keeps commas, doubled quotes and line breaks inside quoted fields", () => {
    expect(parseCsv('a,"b, c","say ""hi""","line 1\r\nline 2"\n')).toEqual([["a", "b, c", 'say "hi"', "line 1\r\nline 2"]]);
  });

  it("keeps empty fields, including trailing ones and quoted empties", () => {
    expect(parseCsv('a,,""\n,b,\n')).toEqual([["a", "", ""], ["", "b", ""]]);
  });

  it("skips rows that are entirely empty", () => {
    expect(parseCsv("a,b\n\n,\n1,2\n\n")).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("keeps Malay and Chinese text", () => {
    expect(parseCsv("标题,Tajuk\n数字经济,Ekonomi digital")).toEqual([["标题", "Tajuk"], ["数字经济", "Ekonomi digital"]]);
  });

  it("refuses an unclosed quote, naming the line it opened on", () => {
    const error = (() => {
      try {
        parseCsv('a,b\n1,"open\n2,3');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(CsvError);
    expect(error).toMatchObject({ messageKey: "imports.errors.unclosedQuote", line: 2 });
  });

  it("refuses stray quotes in the middle of a field", () => {
    expect(() => parseCsv('a,b"c\n')).toThrow(CsvError);
    expect(() => parseCsv('a,"b"c\n')).toThrow(CsvError);
  });

  it("numbers rows as a spreadsheet does: blank rows count, line breaks inside quotes do not", () => {
    const rows = parseCsvRows('a,b\n\n,\n"two\nlines",x\n3,4\n');
    expect(rows).toEqual([
      { number: 1, cells: ["a", "b"] },
      { number: 4, cells: ["two\nlines", "x"] },
      { number: 5, cells: ["3", "4"] },
    ]);
  });
});
