"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { confirmEmailChange, requestEmailChange, undoEmailChange } from "@/lib/account/change-email";
import { isLocale } from "@/lib/i18n/config";
import { publicAction, userAction } from "./clients";

const requestSchema = z.object({
  newEmail: z.email().trim().toLowerCase().max(254),
  currentPassword: z.string().max(200).optional(),
});

/** Mails a confirmation link to the new address; the account keeps its address until the link is opened. */
export const requestEmailChangeAction = userAction(requestSchema, async ({ newEmail, currentPassword }, user) => {
  const [t, locale] = await Promise.all([getTranslations("emailChange"), getLocale()]);
  const outcome = await requestEmailChange(user.id, { newEmail, currentPassword: currentPassword || undefined }, isLocale(locale) ? locale : "ja");
  if (!outcome.ok) {
    return { ok: false, fieldErrors: { [outcome.field]: t(`errors.${outcome.reason}`) }, values: { newEmail } };
  }
  revalidatePath("/account");
  return { ok: true, data: undefined, message: t("sent", { email: newEmail }) };
});

/** Opened from the link: anyone holding it may confirm, signed in or not (it may be opened on another device). */
export const confirmEmailChangeAction = publicAction(z.object({ token: z.string().min(1).max(200) }), async ({ token }) => {
  const t = await getTranslations("emailChange");
  const outcome = await confirmEmailChange(token);
  if (!outcome.ok) {
    return { ok: false, error: t(`confirm.${outcome.reason}`) };
  }
  return { ok: true, data: undefined, message: t("confirm.done", { email: outcome.newEmail }) };
});

/** Opened from the link mailed to the old address: puts it back and ends every session. */
export const undoEmailChangeAction = publicAction(z.object({ token: z.string().min(1).max(200) }), async ({ token }) => {
  const t = await getTranslations("emailChange");
  const outcome = await undoEmailChange(token);
  if (!outcome.ok) {
    return { ok: false, error: t(`undo.${outcome.reason}`) };
  }
  return { ok: true, data: undefined, message: t("undo.done", { email: outcome.oldEmail }) };
});
