import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { storeRosterUpload, UploadTooLargeError } from "./storage";

export type UploadOutcome = { ok: true; id: string } | { ok: false; reason: "tooLarge" | "notCsv" | "empty" };

/** Keeps an uploaded roster file for preview and import; nothing reaches the roster yet. */
export async function receiveRosterUpload(context: TenantContext, fileName: string, body: ReadableStream<Uint8Array>): Promise<UploadOutcome> {
  if (!/\.(csv|txt)$/i.test(fileName)) {
    return { ok: false, reason: "notCsv" };
  }
  const upload = await db.rosterImport.create({
    data: { tenantId: context.tenant.id, fileName: fileName.slice(0, 200), storedPath: "", byteSize: 0, createdById: context.userId },
    select: { id: true },
  });
  try {
    const stored = await storeRosterUpload(context.tenant.id, upload.id, body);
    if (stored.byteSize === 0) {
      await db.rosterImport.delete({ where: { id: upload.id, tenantId: context.tenant.id } });
      return { ok: false, reason: "empty" };
    }
    await db.rosterImport.update({ where: { id: upload.id, tenantId: context.tenant.id }, data: stored });
    return { ok: true, id: upload.id };
  } catch (error) {
    await db.rosterImport.delete({ where: { id: upload.id, tenantId: context.tenant.id } });
    if (error instanceof UploadTooLargeError) {
      return { ok: false, reason: "tooLarge" };
    }
    throw error;
  }
}
