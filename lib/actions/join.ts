"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { clientIp } from "@/lib/abuse/client-ip";
import { consume } from "@/lib/abuse/limits";
import { signIn } from "@/lib/auth";
import { isLocale } from "@/lib/i18n/config";
import { decideApplicant } from "@/lib/join/applicants";
import { requestJoinLink, selfJoin } from "@/lib/join/self-join";
import { joinSettingsSchema, updateJoinSettings } from "@/lib/tenants/join-settings";
import { publicAction, tenantAction } from "./clients";
import { joinerFrom } from "./joiner";
import { echoValues } from "./result";

export const requestJoinLinkAction = publicAction(z.object({ tenant: z.string().min(1).max(64), email: z.email().trim().toLowerCase() }), async ({ tenant, email }) => {
  const [t, locale] = await Promise.all([getTranslations("join"), getLocale()]);
  if (await consume("signUpsPerIp", clientIp(await headers()))) {
    return { ok: false, error: (await getTranslations("abuse"))("tooManySignUps"), values: { email } };
  }
  const outcome = await requestJoinLink(tenant, email, isLocale(locale) ? locale : "ja");
  if (outcome !== "sent") {
    return { ok: false, error: t(outcome === "notFound" ? "invalid" : outcome), values: { email } };
  }
  return { ok: true, data: undefined, message: t("linkSent", { email }) };
});

const selfJoinSchema = z.object({
  tenant: z.string().min(1).max(64),
  proof: z.string().min(1).max(500),
  consent: z.literal("on", { error: "consentRequired" }),
  note: z.string().trim().max(1000).optional(),
  name: z.string().optional(),
  password: z.string().optional(),
});

/** Completes a self-sign-up: in at once on a roster match, else the request waits for HR. */
export const selfJoinAction = publicAction(selfJoinSchema, async (input) => {
  const who = await joinerFrom(input);
  if (!who.ok) {
    return who.failure;
  }
  const { joiner } = who;
  const t = await getTranslations("join");
  if (await consume("signUpsPerIp", clientIp(await headers()))) {
    return { ok: false, error: (await getTranslations("abuse"))("tooManySignUps"), values: echoValues(input) };
  }
  const outcome = await selfJoin(input.tenant, input.proof, joiner, input.note || null);
  if (!outcome.ok) {
    return { ok: false, error: t(outcome.problem), values: echoValues(input) };
  }
  if (outcome.status === "PENDING") {
    return { ok: true, data: undefined, message: t("pending") };
  }
  // New members go straight to their profile, started from the roster, to complete it.
  const destination = `/${input.tenant}/profile/edit?welcome=1`;
  if ("newAccount" in joiner) {
    await signIn("password", { email: outcome.email, password: joiner.newAccount.password, redirectTo: destination });
  }
  redirect(destination);
});

const decisionSchema = z.object({
  membershipId: z.string().min(1).max(40),
  decision: z.enum(["approve", "reject"]),
  rosterEntryId: z.string().max(40).optional(),
  reason: z.string().trim().max(1000).optional(),
});

export const decideApplicantAction = tenantAction("alumni.manage", decisionSchema, async (input, context) => {
  const t = await getTranslations("applicants");
  const decided = await decideApplicant(
    context,
    input.membershipId,
    input.decision === "approve" ? { approve: true, rosterEntryId: input.rosterEntryId || null } : { approve: false, reason: input.reason || null },
  );
  if (!decided) {
    return { ok: false, error: (await getTranslations("validation"))("invalid") };
  }
  return { ok: true, data: undefined, message: t(input.decision === "approve" ? "approved" : "rejected", { name: decided.name }) };
});

export const updateJoinSettingsAction = tenantAction("settings.manage", joinSettingsSchema, async (settings, context) => {
  await updateJoinSettings(context, settings);
  revalidatePath(`/${context.tenant.slug}/admin/new-leavers`);
  return { ok: true, data: undefined, message: (await getTranslations("newLeavers"))("saved") };
});
