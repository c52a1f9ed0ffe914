// A CSV reader for files people export from spreadsheets (RFC 4180 plus what Excel does):
// a leading byte-order mark, quoted fields with commas, doubled quotes and line breaks inside,
// CRLF or LF line endings, and a final line ending or none. Rows that are entirely empty are
// kept out, since spreadsheets often leave them at the end, but every row keeps the number a
// spreadsheet shows for it (blank rows and line breaks inside quotes counted as a spreadsheet does).

/** A row of cells and its number as a spreadsheet shows it (the first row is 1). */
export interface NumberedRow {
  number: number;
  cells: string[];
}

export class CsvError extends Error {
  constructor(
    readonly messageKey: string,
    readonly line: number,
  ) {
    super(`${messageKey} at line ${line}`);
    this.name = "CsvError";
  }
}

export function parseCsv(input: string): string[][] {
  return parseCsvRows(input).map((row) => row.cells);
}

export function parseCsvRows(input: string): NumberedRow[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: NumberedRow[] = [];
  let rowNumber = 0;
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let fieldWasQuoted = false;
  let line = 1;
  let quoteOpenedAt = 0;

  const endField = () => {
    row.push(field);
    field = "";
    fieldWasQuoted = false;
  };
  const endRow = () => {
    endField();
    rowNumber += 1;
    if (row.some((value) => value !== "")) rows.push({ number: rowNumber, cells: row });
    row = [];
  };

  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inQuotes) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 1;
        } else {
          inQuotes = false;
        }
      } else {
        if (char === "\n") line += 1;
        field += char;
      }
      continue;
    }
    if (char === '"') {
      // A quote opens a quoted field only at its start; elsewhere it is a stray quote.
      if (field !== "" || fieldWasQuoted) throw new CsvError("imports.errors.strayQuote", line);
      inQuotes = true;
      fieldWasQuoted = true;
      quoteOpenedAt = line;
    } else if (char === ",") {
      endField();
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[index + 1] === "\n") index += 1;
      endRow();
      line += 1;
    } else {
      if (fieldWasQuoted) throw new CsvError("imports.errors.strayQuote", line);
      field += char;
    }
  }
  if (inQuotes) throw new CsvError("imports.errors.unclosedQuote", quoteOpenedAt);
  if (field !== "" || row.length > 0 || fieldWasQuoted) endRow();
  return rows;
}
