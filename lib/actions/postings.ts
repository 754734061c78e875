"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { savePosting, setPostingStatus } from "@/lib/opportunities/postings";
import { postingFormSchema, postingStatusSchema } from "@/lib/opportunities/schema";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { tenantAction } from "./clients";

function revalidatePosting(context: TenantContext, postingId: string) {
  revalidatePath(`/${context.tenant.slug}/admin/opportunities`);
  revalidatePath(`/${context.tenant.slug}/admin/opportunities/${postingId}`);
  revalidatePath(`/${context.tenant.slug}/opportunities`);
  revalidatePath(`/${context.tenant.slug}/opportunities/${postingId}`);
}

/** Creates a draft posting (then goes to it) or saves a posting's changes. */
export const savePostingAction = tenantAction("opportunities.manage", postingFormSchema, async (form, context) => {
  const saved = await savePosting(context, form);
  if (!saved) {
    notFound();
  }
  if (!saved.ok) {
    const tv = await getTranslations("validation");
    return { ok: false, fieldErrors: { [saved.field]: tv(saved.message as never) } };
  }
  revalidatePosting(context, saved.id);
  if (!form.id) {
    redirect(`/${context.tenant.slug}/admin/opportunities/${saved.id}?created=1`);
  }
  return { ok: true, data: saved.id, message: (await getTranslations("opportunities.admin"))("saved") };
});

/** Opens a posting to its audience or closes it. */
export const setPostingStatusAction = tenantAction("opportunities.manage", postingStatusSchema, async ({ postingId, status }, context) => {
  if (!(await setPostingStatus(context, postingId, status))) {
    notFound();
  }
  revalidatePosting(context, postingId);
  const t = await getTranslations("opportunities.admin");
  return { ok: true, data: undefined, message: status === "OPEN" ? t("openedDone") : t("closedDone") };
});
