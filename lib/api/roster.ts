import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { upsertRosterEntries } from "@/lib/roster/upsert";
import { DuplicateFinder, type RosterEntryInput } from "@/lib/roster/validate-row";
import type { ApiCaller } from "./authenticate";
import { pointerOf } from "./pagination";
import { rosterEntryInput, type rosterUpsertResponse } from "./schemas";

type Result = z.output<typeof rosterUpsertResponse>;

const date = (d: string | null | undefined) => (d ? new Date(`${d}T00:00:00Z`) : null);

/** An API entry in the roster's own form, normalised as the CSV import does (lib/roster/validate-row.ts). */
function toRosterEntry(entry: z.output<typeof rosterEntryInput>): RosterEntryInput {
  return {
    name: entry.name.normalize("NFC"),
    nameKana: entry.name_kana?.normalize("NFC") || null,
    email: entry.email?.normalize("NFKC").toLowerCase() || null,
    employeeNumber: entry.employee_number?.normalize("NFKC") || null,
    department: entry.department || null,
    joinedOn: date(entry.joined_on),
    leftOn: date(entry.left_on),
    tags: entry.tags ?? {},
  };
}

/**
 * The HR system's sync: each entry is checked on its own, and the valid ones are written together in one
 * transaction (matched like the CSV import, so sending the same list again changes nothing). Entries with errors,
 * or a second entry for the same person, are left out and reported by their index.
 */
export async function upsertRoster(caller: ApiCaller, entries: unknown[]): Promise<Result> {
  const errors: Result["errors"] = [];
  const valid: { index: number; entry: RosterEntryInput }[] = [];
  const duplicates = new DuplicateFinder();
  entries.forEach((raw, index) => {
    const parsed = rosterEntryInput.safeParse(raw);
    if (!parsed.success) {
      errors.push(...parsed.error.issues.map((i) => ({ index, pointer: pointerOf(["entries", index, ...i.path]), detail: i.message })));
      return;
    }
    const entry = toRosterEntry(parsed.data);
    const first = duplicates.check(entry, index);
    if (first !== null) {
      errors.push({ index, pointer: pointerOf(["entries", index]), detail: `The same person as entry ${first} (employee number or email).` });
      return;
    }
    valid.push({ index, entry });
  });
  const counts = await db.$transaction(async (tx) => {
    const written = await upsertRosterEntries(tx, caller.tenantId, null, valid.map((v) => v.entry));
    if ((written.created || written.updated) && caller.createdById) {
      await recordAudit(tx, { tenantId: caller.tenantId, userId: caller.createdById }, [
        { action: "roster.apiSync", details: { via: caller.keyName, created: written.created, updated: written.updated } },
      ]);
    }
    return written;
  });
  for (const at of counts.conflicts) {
    const index = valid[at]!.index;
    errors.push({ index, pointer: pointerOf(["entries", index]), detail: "Its employee number and email belong to two different roster entries." });
  }
  return { created: counts.created, updated: counts.updated, unchanged: counts.unchanged, errors: errors.sort((a, b) => a.index - b.index) };
}
