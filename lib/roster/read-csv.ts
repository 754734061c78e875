import { Readable } from "node:stream";
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

/**
 * Streams a CSV file's rows (arrays of cells), header row first, decoding UTF-8 (with or without BOM) or
 * Shift_JIS as detected. Memory stays flat however large the file.
 */
export async function* readCsvRows(
  chunks: AsyncIterable<Uint8Array>,
  onEncoding: (encoding: RosterEncoding) => void = () => undefined,
): AsyncGenerator<string[]> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: "greedy", newline: "\n" }) as unknown as NodeJS.ReadWriteStream;
  const source = Readable.from(decoded(chunks, onEncoding));
  source.on("error", (error) => parser.emit("error", error));
  source.pipe(parser);
  let rows = 0;
  for await (const row of parser as AsyncIterable<string[]>) {
    rows++;
    yield row;
  }
  if (rows === 0) {
    throw new RosterFileError("empty");
  }
}
