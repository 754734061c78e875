import "server-only";
import Papa from "papaparse";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/resolve";
import type { AlumniFilters } from "./filters";
import { alumniRows, alumniWhere, type AlumniRow } from "./list";

const BATCH = 2000;
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** Every row the filters match, in the list's order, a batch at a time (keyset on the list's own key). */
async function* matchingRows(context: TenantContext, filters: Omit<AlumniFilters, "after">) {
  const where = alumniWhere(filters, context.tenant.timezone);
  let after: string | null = null;
  for (;;) {
    const conditions = [...where, ...(after ? [Prisma.sql`key > ${after}`] : [])];
    const batch: AlumniRow[] = await db.$queryRaw<AlumniRow[]>`
      SELECT key, kind, id, name, "nameKana", email, department, "leftOn", "registeredAt", state, "openToReturn", "rosterMatched"
      FROM (${alumniRows(context.tenant.id)}) a
      ${conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty}
      ORDER BY key LIMIT ${BATCH}`;
    if (batch.length === 0) {
      return;
    }
    yield batch;
    after = batch[batch.length - 1]!.key;
  }
}

export type AlumniCsvLabels = { headers: string[]; state: (state: AlumniRow["state"]) => string; yes: string; no: string; formerMember: string };

/**
 * Exactly the people the filters select, as CSV for Excel: UTF-8 with a BOM, CRLF line ends. Private fields
 * and the current name and address of people who left are already out of alumniRows.
 */
export function alumniCsvStream(context: TenantContext, filters: Omit<AlumniFilters, "after">, labels: AlumniCsvLabels): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = matchingRows(context, filters);
  const yesNo = (v: boolean | null) => (v === null ? "" : v ? labels.yes : labels.no);
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      const prefix = started ? "" : `\uFEFF${Papa.unparse([labels.headers], { newline: "\r\n" })}\r\n`;
      started = true;
      const next = await batches.next();
      if (next.done) {
        if (prefix) {
          controller.enqueue(encoder.encode(prefix));
        }
        controller.close();
        return;
      }
      const rows = next.value.map((r) => [
        r.name ?? labels.formerMember, r.nameKana ?? "", r.email ?? "", r.department ?? "", day(r.leftOn), day(r.registeredAt),
        labels.state(r.state), yesNo(r.openToReturn), yesNo(r.rosterMatched),
      ]);
      controller.enqueue(encoder.encode(`${prefix}${Papa.unparse(rows, { newline: "\r\n" })}\r\n`));
    },
  });
}
