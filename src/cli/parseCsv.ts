/**
 * RFC 4180 CSV as Excel and LibreOffice write it: quoted fields may hold the separator, doubled quotes and
 * line breaks; a UTF-8 byte-order mark is dropped; CRLF and LF both end a record. The separator is the
 * one given, else the one the header line uses most, comma or semicolon (a Vietnamese-locale Excel saves
 * with semicolons).
 */
export function parseCsv(text: string, separator?: "," | ";"): string[][] {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  separator ??= guessSeparator(body);
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    // A blank line (Excel leaves one at the end) is no record.
    if (record.length > 1 || record[0] !== "") records.push(record);
    record = [];
  };
  while (i < body.length) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field === "") quoted = true;
    else if (char === separator) endField();
    else if (char === "\r" && body[i + 1] === "\n") {
      endRecord();
      i += 1;
    } else if (char === "\n" || char === "\r") endRecord();
    else field += char;
    i += 1;
  }
  if (field !== "" || record.length > 0) endRecord();
  return records;
}

function guessSeparator(text: string): "," | ";" {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}
