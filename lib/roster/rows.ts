import { guessMapping, tagColumns, type ColumnMapping } from "./columns";
import type { RosterEncoding } from "./decode";
import { readCsvRows } from "./read-csv";
import { DuplicateFinder, toRosterEntry, type RosterEntryInput, type RowProblem } from "./validate-row";

export type RosterRowResult =
  | { row: number; entry: RosterEntryInput; problems: [] }
  | { row: number; entry: RosterEntryInput; problems: RowProblem[]; duplicateOf?: number; cells: string[] };

export type RosterFileHeader = { encoding: RosterEncoding; headers: string[]; mapping: ColumnMapping };

/**
 * A roster file as checked entries, one at a time: the header first (with the mapping, guessed unless given),
 * then each data row with its problems. Row numbers count the header as row 1, as a spreadsheet does.
 */
export async function* rosterRows(
  chunks: AsyncIterable<Uint8Array>,
  mapping?: ColumnMapping,
): AsyncGenerator<RosterFileHeader | RosterRowResult> {
  let encoding: RosterEncoding = "utf-8";
  let header: RosterFileHeader | null = null;
  let tags: number[] = [];
  const duplicates = new DuplicateFinder();
  let row = 0;
  for await (const cells of readCsvRows(chunks, (e) => (encoding = e))) {
    row++;
    if (!header) {
      const headers = cells.map((c) => c.trim());
      header = { encoding, headers, mapping: mapping ?? guessMapping(headers) };
      tags = tagColumns(headers, header.mapping);
      yield header;
      continue;
    }
    const { entry, problems } = toRosterEntry(cells, header.headers, header.mapping, tags);
    if (problems.length === 0) {
      const duplicateOf = duplicates.check(entry, row);
      yield duplicateOf === null
        ? { row, entry, problems: [] }
        : { row, entry, problems: ["duplicateInFile"], duplicateOf, cells };
    } else {
      yield { row, entry, problems, cells };
    }
  }
}

export function isHeader(item: RosterFileHeader | RosterRowResult): item is RosterFileHeader {
  return "headers" in item;
}
