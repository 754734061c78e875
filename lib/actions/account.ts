"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { signOut } from "@/lib/auth";
import { endAllSessions } from "@/lib/account/change-email";
import { deleteMyAccount, leaveNetwork } from "@/lib/account/delete-account";
import { db } from "@/lib/db";
import { userAction } from "./clients";

/** Deletes the signed-in person's account after they typed their email to confirm. */
export const deleteMyAccountAction = userAction(z.object({ confirmEmail: z.string().trim().toLowerCase() }), async ({ confirmEmail }, user) => {
  const { email } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } });
  if (confirmEmail !== email) {
    const t = await getTranslations("account");
    return { ok: false, fieldErrors: { confirmEmail: t("confirmMismatch") }, values: { confirmEmail } };
  }
  const outcome = await deleteMyAccount(user.id);
  if (!outcome.ok) {
    const t = await getTranslations("account");
    return { ok: false, error: t("soleOwner", { companies: outcome.soleOwnerOf.join("、") }) };
  }
  await signOut({ redirect: false });
  redirect("/?deleted=1");
});

export const leaveNetworkAction = userAction(z.object({ tenant: z.string().min(1).max(64) }), async ({ tenant }, user) => {
  await leaveNetwork(user.id, tenant);
  redirect("/account?left=1");
});

/** Ends every session of the account (this one too) and goes to sign-in. */
export const signOutEverywhereAction = userAction(z.object({}), async (_input, user) => {
  await endAllSessions(user.id);
  await signOut({ redirect: false });
  redirect("/signin");
});
