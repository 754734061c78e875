import "server-only";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

export const MAX_ROSTER_BYTES = 50 * 1024 * 1024;
const ROOT = path.resolve(process.env.KIZUNA_UPLOAD_DIR ?? ".data/uploads");

export class UploadTooLargeError extends Error {
  constructor() {
    super("roster file too large");
  }
}

function fileFor(tenantId: string, importId: string): string {
  return path.join(ROOT, "roster", tenantId, `${importId}.csv`);
}

/** Streams an upload to disk, stopping (and deleting what was written) past the size limit. Returns its size. */
export async function storeRosterUpload(tenantId: string, importId: string, body: ReadableStream<Uint8Array>): Promise<{ storedPath: string; byteSize: number }> {
  const storedPath = fileFor(tenantId, importId);
  await mkdir(path.dirname(storedPath), { recursive: true });
  let byteSize = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      byteSize += chunk.length;
      callback(byteSize > MAX_ROSTER_BYTES ? new UploadTooLargeError() : null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>), limit, createWriteStream(storedPath));
  } catch (error) {
    await rm(storedPath, { force: true });
    throw error;
  }
  return { storedPath, byteSize };
}

/** The stored file as a stream of byte chunks. */
export function readRosterUpload(storedPath: string): AsyncIterable<Uint8Array> {
  return createReadStream(storedPath, { highWaterMark: 256 * 1024 });
}

export async function deleteRosterUpload(storedPath: string): Promise<void> {
  await rm(storedPath, { force: true });
}
