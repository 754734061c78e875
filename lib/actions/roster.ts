"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ROSTER_FIELDS, type ColumnMapping } from "@/lib/roster/columns";
import { importRoster } from "@/lib/roster/import-roster";
import { deleteRosterEntry, saveRosterEntry } from "@/lib/roster/mutations";
import { getRosterImport } from "@/lib/roster/queries";
import { rosterEntrySchema } from "@/lib/roster/schema";
import { readRosterUpload } from "@/lib/roster/storage";
import { tenantAction } from "./clients";

const columnIndex = z.union([z.literal(""), z.coerce.number().int().min(0).max(500)]).optional();
const importSchema = z.object({
  importId: z.string().min(1).max(40),
  ...Object.fromEntries(ROSTER_FIELDS.map((field) => [`map_${field}`, columnIndex])),
});

/** Imports a previewed file with the mapping the person chose; the roster changes only if all of it succeeds. */
export const importRosterAction = tenantAction("roster.manage", importSchema, async (input, context) => {
  const run = await getRosterImport(context, input.importId as string);
  if (!run || run.status === "DONE" || run.status === "IMPORTING") {
    const t = await getTranslations("roster.import");
    return { ok: false, error: t(run?.status === "DONE" ? "alreadyImported" : "notAvailable") };
  }
  const mapping: ColumnMapping = {};
  for (const field of ROSTER_FIELDS) {
    const value = (input as Record<string, unknown>)[`map_${field}`];
    if (typeof value === "number") {
      mapping[field] = value;
    }
  }
  await importRoster(context, run.id, readRosterUpload(run.storedPath), mapping);
  revalidatePath(`/${context.tenant.slug}/admin/roster`);
  redirect(`/${context.tenant.slug}/admin/roster?imported=${run.id}`);
});

const entrySchema = z.intersection(rosterEntrySchema, z.object({ id: z.string().max(40).optional() }));

/** Adds a roster entry by hand, or saves changes to one. */
export const saveRosterEntryAction = tenantAction("roster.manage", entrySchema, async ({ id, ...entry }, context) => {
  const outcome = await saveRosterEntry(context, entry, id || undefined);
  if (!outcome.ok) {
    const t = await getTranslations("validation");
    if ("notFound" in outcome) {
      return { ok: false, error: t("invalid") };
    }
    const values = Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? "")]));
    return { ok: false, fieldErrors: { [outcome.conflict]: t(outcome.conflict === "email" ? "rosterEmailTaken" : "rosterNumberTaken") }, values };
  }
  revalidatePath(`/${context.tenant.slug}/admin/roster`);
  const t = await getTranslations("roster");
  return { ok: true, data: outcome.id, message: t(id ? "saved" : "added", { name: entry.name }) };
});

export const deleteRosterEntryAction = tenantAction("roster.manage", z.object({ id: z.string().min(1).max(40) }), async ({ id }, context) => {
  await deleteRosterEntry(context, id);
  revalidatePath(`/${context.tenant.slug}/admin/roster`);
  redirect(`/${context.tenant.slug}/admin/roster`);
});
