"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { setAlumniMayPost, setHidden, setPinned } from "@/lib/feed/posts";
import { decideReport } from "@/lib/feed/reports";
import { decideReportSchema, feedSettingsSchema, hideSchema, pinSchema } from "@/lib/feed/schema";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { tenantAction } from "./clients";

function revalidateFeed(context: TenantContext) {
  revalidatePath(`/${context.tenant.slug}/feed`);
  revalidatePath(`/${context.tenant.slug}/admin/feed`);
}

export const setPinnedAction = tenantAction("feed.manage", pinSchema, async ({ postId, pinned }, context) => {
  if (!(await setPinned(context, postId, pinned))) {
    notFound();
  }
  revalidateFeed(context);
  return { ok: true, data: undefined };
});

/** Hides a post from other alumni (its author still sees it, with a note), or shows it again. */
export const setHiddenAction = tenantAction("feed.manage", hideSchema, async ({ postId, hidden }, context) => {
  if (!(await setHidden(context, postId, hidden))) {
    notFound();
  }
  revalidateFeed(context);
  return { ok: true, data: undefined };
});

export const decideReportAction = tenantAction("feed.manage", decideReportSchema, async ({ reportId, decision }, context) => {
  if (!(await decideReport(context, reportId, decision))) {
    notFound();
  }
  revalidateFeed(context);
  return { ok: true, data: undefined, message: (await getTranslations("feed"))(`admin.decided.${decision}`) };
});

/** The company's setting: may alumni post? (admins) */
export const saveFeedSettingsAction = tenantAction("settings.manage", feedSettingsSchema, async ({ alumniMayPost }, context) => {
  await setAlumniMayPost(context, alumniMayPost);
  revalidateFeed(context);
  return { ok: true, data: undefined, message: (await getTranslations("feed"))("admin.settingsSaved") };
});
