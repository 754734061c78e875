import { z } from "zod";
import type { DirectorySort } from "./filters";

// A page boundary: the sort it belongs to and the boundary row's sort key, as base64url JSON. Anything that does
// not decode to exactly that shape (a forged or stale cursor) is ignored and the list starts from the top.
const keySchema = z.tuple([
  z.enum(["relevance", "recent", "leaveYear", "name"]),
  z.number().int().min(0).max(2),
  z.string().max(300),
  z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
]);

export type SortKey = { sort: DirectorySort; rank: number; value: string; id: string };

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?$/;
const DATE = /^(\d{4}-\d{2}-\d{2})$/;

/** Whether the value is a sort key PostgreSQL will accept for this sort (an impossible date would be a 500). */
function validValue(sort: DirectorySort, value: string): boolean {
  if (sort === "name") {
    return !value.includes("\u0000");
  }
  const day = value.match(sort === "leaveYear" ? DATE : TIMESTAMP)?.[1];
  return day !== undefined && z.iso.date().safeParse(day).success;
}

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify([key.sort, key.rank, key.value, key.id]), "utf8").toString("base64url");
}

export function decodeCursor(raw: string | undefined, sort: DirectorySort): SortKey | null {
  if (!raw || !/^[A-Za-z0-9_-]+$/.test(raw)) {
    return null;
  }
  try {
    const parsed = keySchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    if (!parsed.success) {
      return null;
    }
    const [cursorSort, rank, value, id] = parsed.data;
    return cursorSort === sort && validValue(sort, value) ? { sort, rank, value, id } : null;
  } catch {
    return null;
  }
}
