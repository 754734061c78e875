import Papa from "papaparse";
import { createDecoder, detectEncoding, type RosterEncoding } from "./decode";

export class RosterFileError extends Error {
  constructor(readonly code: "encoding" | "empty" | "malformed") {
    super(`roster file: ${code}`);
  }
}

/** Decoded text with every line ending as "\n", so the CSV parser need not guess it from a partial chunk. */
async function* decoded(chunks: AsyncIterable<Uint8Array>, onEncoding: (encoding: RosterEncoding) => void) {
  let decoder: TextDecoder | null = null;
  let heldBack = "";
  const normalised = (text: string, last: boolean) => {
    let joined = heldBack + text;
    heldBack = "";
    if (!last && joined.endsWith("\r")) {
      heldBack = "\r";
      joined = joined.slice(0, -1);
    }
    return joined.replace(/\r\n?/g, "\n");
  };
  try {
    for await (const chunk of chunks) {
      decoder ??= (() => {
        const encoding = detectEncoding(chunk.subarray(0, 64 * 1024));
        onEncoding(encoding);
        return createDecoder(encoding);
      })();
      yield normalised(decoder.decode(chunk, { stream: true }), false);
    }
    if (decoder) {
      yield normalised(decoder.decode(), true);
    }
  } catch (error) {
    throw error instanceof TypeError ? new RosterFileError("encoding") : error;
  }
}

/** The index just past the last line end that is outside quotes, or -1: everything before it is whole records. */
function lastRecordEnd(text: string): number {
  let inQuotes = false;
  let end = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      inQuotes = !inQuotes; // an escaped quote ("") toggles twice
    } else if (c === 10 && !inQuotes) {
      end = i + 1;
    }
  }
  return end;
}

function parseRecords(text: string): string[][] {
  return Papa.parse<string[]>(text, { newline: "\n", skipEmptyLines: "greedy" }).data;
}

/**
 * Streams a CSV file's rows (arrays of cells), header row first, decoding UTF-8 (with or without BOM) or
 * Shift_JIS as detected. Each decoded chunk is cut after its last whole record and parsed in one go (far
 * faster than a row-by-row stream), so memory stays flat however large the file.
 */
export async function* readCsvRows(
  chunks: AsyncIterable<Uint8Array>,
  onEncoding: (encoding: RosterEncoding) => void = () => undefined,
): AsyncGenerator<string[]> {
  let carry = "";
  let rows = 0;
  for await (const text of decoded(chunks, onEncoding)) {
    const combined = carry + text;
    const end = lastRecordEnd(combined);
    if (end < 0) {
      carry = combined;
      continue;
    }
    carry = combined.slice(end);
    for (const row of parseRecords(combined.slice(0, end))) {
      rows++;
      yield row;
    }
  }
  for (const row of carry ? parseRecords(carry) : []) {
    rows++;
    yield row;
  }
  if (rows === 0) {
    throw new RosterFileError("empty");
  }
}
