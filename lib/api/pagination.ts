import type { z } from "zod";
import { problem, type ProblemError } from "./problem";
import { listQuery } from "./schemas";

// Keyset pagination on each list's id: a cursor names the last row of the page before, so rows added or removed
// while a client pages never make it skip or repeat one. The cursor is opaque to clients (its form may change).

const encode = (id: string) => Buffer.from(`v1:${id}`, "utf8").toString("base64url");

function decode(cursor: string): string | null {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  return /^v1:[A-Za-z0-9_-]{1,64}$/.test(text) ? text.slice(3) : null;
}

/** A JSON Pointer (RFC 6901) to where a zod issue is. */
export function pointerOf(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

export type PageRequest = { after: string | null; limit: number };

/** `?cursor=&limit=` of a list request, or the problem answer that says what is wrong with them. */
export function pageRequest(request: Request): { ok: true; page: PageRequest } | { ok: false; response: Response } {
  const params = new URL(request.url).searchParams;
  const parsed = listQuery.safeParse({ cursor: params.get("cursor") ?? undefined, limit: params.get("limit") ?? undefined });
  const errors: ProblemError[] = parsed.success ? [] : parsed.error.issues.map((i) => ({ parameter: String(i.path[0] ?? ""), detail: i.message }));
  const after = parsed.success && parsed.data.cursor ? decode(parsed.data.cursor) : null;
  if (parsed.success && parsed.data.cursor && !after) {
    errors.push({ parameter: "cursor", detail: "Not a cursor this API gave out." });
  }
  if (!parsed.success || errors.length) {
    return { ok: false, response: problem("validation", "The query parameters are not valid.", { errors }) };
  }
  return { ok: true, page: { after, limit: parsed.data.limit } };
}

/** A page of rows read with `limit + 1`: the extra row only says there is a next page. */
export function pageOf<Row extends { id: string }, Item>(rows: Row[], limit: number, toItem: (row: Row) => Item): { data: Item[]; next_cursor: string | null } {
  const shown = rows.slice(0, limit);
  return { data: shown.map(toItem), next_cursor: rows.length > limit ? encode(shown[shown.length - 1]!.id) : null };
}

export type Page<S extends z.ZodType> = z.output<S>;
