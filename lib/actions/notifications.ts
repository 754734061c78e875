"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { markAllNotificationsRead } from "@/lib/notifications/read";
import { tenantAction } from "./clients";

/** "Mark all read": the caller's own notifications in the company named; nobody else's can be touched. */
export const markAllNotificationsReadAction = tenantAction("portal.view", z.object({}), async (_input, context) => {
  await markAllNotificationsRead(context);
  revalidatePath(`/${context.tenant.slug}`, "layout");
  return { ok: true, data: undefined, message: (await getTranslations("notifications"))("markedAll") };
});
