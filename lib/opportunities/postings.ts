import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { fromLocalDateTime } from "@/lib/time/zoned";
import type { PostingForm } from "./schema";

type Saved = { ok: true; id: string } | { ok: false; field: string; message: string } | null;

/** Creates a posting (a draft) or saves changes to one; null when the company has no such posting. */
export async function savePosting(context: TenantContext, form: PostingForm): Promise<Saved> {
  const tenantId = context.tenant.id;
  if (form.segmentId && !(await db.segment.count({ where: { id: form.segmentId, tenantId } }))) {
    return { ok: false, field: "segmentId", message: "opportunities.unknownSegment" };
  }
  // A close date means "until the end of that day" in the company's time.
  const closesAt = form.closesOn ? fromLocalDateTime(`${form.closesOn}T23:59`, context.tenant.timezone) : null;
  if (form.closesOn && !closesAt) {
    return { ok: false, field: "closesOn", message: "opportunities.badDate" };
  }
  const fields = {
    kind: form.kind,
    title: form.title,
    description: form.description,
    department: form.department,
    location: form.location,
    remote: form.remote,
    terms: form.terms,
    contactPerson: form.contactPerson,
    segmentId: form.segmentId,
    closesAt,
  };
  if (!form.id) {
    const created = await db.posting.create({ data: { tenantId, ...fields, createdById: context.membership.id }, select: { id: true } });
    return { ok: true, id: created.id };
  }
  const updated = await db.posting.updateMany({ where: { id: form.id, tenantId }, data: fields });
  return updated.count ? { ok: true, id: form.id } : null;
}

/** Opens or closes a posting; null when the company has no such posting. */
export async function setPostingStatus(context: TenantContext, postingId: string, status: "OPEN" | "CLOSED"): Promise<boolean | null> {
  const now = new Date();
  const data = status === "OPEN" ? { status, openedAt: now, closedAt: null } : { status, closedAt: now };
  const updated = await db.posting.updateMany({ where: { id: postingId, tenantId: context.tenant.id }, data });
  return updated.count ? true : null;
}
