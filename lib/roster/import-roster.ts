import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import type { ColumnMapping } from "./columns";
import { isHeader, rosterRows } from "./rows";
import { upsertRosterEntries } from "./upsert";
import type { RosterEntryInput } from "./validate-row";

export type ImportCounts = { created: number; updated: number; unchanged: number; skipped: number };

const BATCH = 1000;

/**
 * Writes a roster file into the tenant's roster, all or nothing: entries are matched by employee number, else
 * email; new ones are created, changed ones updated, identical ones left alone (so importing the same file again
 * changes nothing); rows with problems are skipped and counted. Progress is published on the import as it goes.
 */
export async function importRoster(
  context: TenantContext,
  importId: string,
  chunks: AsyncIterable<Uint8Array>,
  mapping: ColumnMapping,
): Promise<ImportCounts> {
  const tenantId = context.tenant.id;
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
  await db.rosterImport.update({
    where: { id: importId, tenantId },
    data: { status: "IMPORTING", mapping, doneRows: 0, error: null },
  });

  try {
    await db.$transaction(
      async (tx) => {
        let batch: RosterEntryInput[] = [];
        let seen = 0;
        const flush = async () => {
          if (batch.length === 0) {
            return;
          }
          const written = await upsertRosterEntries(tx, tenantId, importId, batch);
          counts.created += written.created;
          counts.updated += written.updated;
          counts.unchanged += written.unchanged;
          counts.skipped += written.conflicts.length;
          batch = [];
          // Published outside the transaction, so the person watching sees it move.
          await db.rosterImport.update({ where: { id: importId, tenantId }, data: { doneRows: seen } });
        };

        for await (const item of rosterRows(chunks, mapping)) {
          if (isHeader(item)) {
            continue;
          }
          seen++;
          if (item.problems.length) {
            counts.skipped++;
            continue;
          }
          batch.push(item.entry);
          if (batch.length >= BATCH) {
            await flush();
          }
        }
        await flush();
        await tx.rosterImport.update({
          where: { id: importId, tenantId },
          data: { status: "DONE", totalRows: seen, doneRows: seen, ...counts, finishedAt: new Date() },
        });
      },
      { timeout: 10 * 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    await db.rosterImport.update({
      where: { id: importId, tenantId },
      data: { status: "FAILED", error: error instanceof Error ? error.message.slice(0, 500) : "unknown" },
    });
    throw error;
  }
  return counts;
}
