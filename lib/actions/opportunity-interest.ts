"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { expressGeneralInterest, expressInterest, withdrawInterest } from "@/lib/opportunities/interests";
import { createReferral } from "@/lib/opportunities/referrals";
import { generalInterestSchema, interestIdSchema, interestSchema, referralSchema } from "@/lib/opportunities/schema";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { tenantAction } from "./clients";

function revalidateMine(context: TenantContext, postingId?: string) {
  revalidatePath(`/${context.tenant.slug}/opportunities`);
  revalidatePath(`/${context.tenant.slug}/opportunities/mine`);
  if (postingId) {
    revalidatePath(`/${context.tenant.slug}/opportunities/${postingId}`);
  }
  revalidatePath(`/${context.tenant.slug}/admin/pipeline`);
}

/** One click "interested" in a posting, with an optional note. */
export const expressInterestAction = tenantAction("portal.view", interestSchema, async ({ postingId, note }, context) => {
  const outcome = await expressInterest(context, postingId, note);
  if (!outcome) {
    notFound();
  }
  const t = await getTranslations("opportunities.portal");
  if (!outcome.ok) {
    return { ok: false, error: t("closedNow") };
  }
  revalidateMine(context, postingId);
  return { ok: true, data: outcome.id, message: t("interestSent") };
});

/** A casual career chat request, or the standing open-to-return signal. */
export const expressGeneralInterestAction = tenantAction("portal.view", generalInterestSchema, async ({ kind, note }, context) => {
  const id = await expressGeneralInterest(context, kind, note);
  revalidateMine(context);
  return { ok: true, data: id, message: (await getTranslations("opportunities.portal"))(kind === "CASUAL_CHAT" ? "chatSent" : "openSent") };
});

/** The alumnus withdraws their own interest; it leaves HR's board. */
export const withdrawInterestAction = tenantAction("portal.view", interestIdSchema, async ({ interestId }, context) => {
  const withdrawn = await withdrawInterest(context, interestId);
  if (withdrawn === null) {
    notFound();
  }
  const t = await getTranslations("opportunities.portal");
  if (!withdrawn) {
    return { ok: false, error: t("cannotWithdraw") };
  }
  revalidateMine(context);
  return { ok: true, data: undefined, message: t("withdrawn") };
});

/** Refers someone to a posting; they are emailed only once HR accepts. */
export const referAction = tenantAction("portal.view", referralSchema, async ({ postingId, ...person }, context) => {
  const outcome = await createReferral(context, postingId, person);
  if (!outcome) {
    notFound();
  }
  const t = await getTranslations("opportunities.portal");
  if (!outcome.ok) {
    return outcome.reason === "closed"
      ? { ok: false, error: t("closedNow") }
      : { ok: false, fieldErrors: { email: t(`refer.${outcome.reason}`) }, values: { name: person.name, email: person.email, note: person.note ?? "" } };
  }
  revalidateMine(context, postingId);
  return { ok: true, data: outcome.id, message: t("referralSent") };
});
