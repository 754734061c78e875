"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { consume, secondsBlocked } from "@/lib/abuse/limits";
import { signIn } from "@/lib/auth";
import { liftBounceSuppression } from "@/lib/email/suppressions";
import { acceptInvitation } from "@/lib/invitations/accept";
import { inviteFromRoster, resendInvitation, revokeInvitation } from "@/lib/invitations/invite";
import { inviteOutcomeMessage } from "@/lib/invitations/outcome-message";
import { publicAction, tenantAction } from "./clients";
import { joinerFrom } from "./joiner";
import { echoValues } from "./result";

const idList = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().min(1).max(40)).max(500));

/** Invites the chosen roster entries, or (with `everyone`) all who are not invited yet. */
export const inviteFromRosterAction = tenantAction(
  "roster.manage",
  z.object({ entryIds: idList, everyone: z.enum(["1"]).optional() }),
  async ({ entryIds, everyone }, context) => {
    const t = await getTranslations("invitations");
    if (!everyone && entryIds.length === 0) {
      return { ok: false, error: t("nothingSelected") };
    }
    // A company's invitations per hour are limited (lib/abuse/limits.ts): a hijacked staff account cannot mail the world.
    if (await secondsBlocked("invitationsPerCompany", context.tenant.id)) {
      return { ok: false, error: t("tooMany") };
    }
    const outcome = await inviteFromRoster(context, everyone ? { everyone: true } : { entryIds });
    await consume("invitationsPerCompany", context.tenant.id, Math.max(1, outcome.invited + outcome.scheduled));
    revalidatePath(`/${context.tenant.slug}/admin/roster`);
    const message = await inviteOutcomeMessage(outcome);
    return { ok: true, data: outcome, message };
  },
);

const oneInvitation = z.object({ invitationId: z.string().min(1).max(40), entryId: z.string().min(1).max(40) });

export const resendInvitationAction = tenantAction("roster.manage", oneInvitation, async ({ invitationId, entryId }, context) => {
  if (await consume("invitationsPerCompany", context.tenant.id)) {
    return { ok: false, error: (await getTranslations("invitations"))("tooMany") };
  }
  await resendInvitation(context, invitationId);
  revalidatePath(`/${context.tenant.slug}/admin/roster/entries/${entryId}`);
  return { ok: true, data: undefined, message: (await getTranslations("invitations"))("resent") };
});

export const revokeInvitationAction = tenantAction("roster.manage", oneInvitation, async ({ invitationId, entryId }, context) => {
  await revokeInvitation(context, invitationId);
  revalidatePath(`/${context.tenant.slug}/admin/roster/entries/${entryId}`);
  return { ok: true, data: undefined, message: (await getTranslations("invitations"))("revokedDone") };
});

const joinSchema = z.object({
  tenant: z.string().min(1).max(64),
  token: z.string().min(1).max(200),
  consent: z.literal("on", { error: "consentRequired" }),
  name: z.string().optional(),
  password: z.string().optional(),
});

/** Joins a company from an invitation link: with the signed-in account, or a new one made here. */
export const acceptInvitationAction = publicAction(joinSchema, async (input) => {
  const who = await joinerFrom(input);
  if (!who.ok) {
    return who.failure;
  }
  const { joiner } = who;
  const join = await getTranslations("join");
  const outcome = await acceptInvitation(input.tenant, input.token, joiner);
  if (!outcome.ok) {
    return { ok: false, error: join(outcome.problem), values: echoValues(input) };
  }
  // New members go straight to their profile, started from the roster, to complete it.
  const destination = `/${input.tenant}/profile/edit?welcome=1`;
  if ("newAccount" in joiner) {
    await signIn("password", { email: outcome.email, password: joiner.newAccount.password, redirectTo: destination });
  }
  redirect(destination);
});

/** HR lifts a bounce block on a roster entry's address, so the next invitation goes out. */
export const liftSuppressionAction = tenantAction("roster.manage", z.object({ entryId: z.string().min(1).max(40) }), async ({ entryId }, context) => {
  const t = await getTranslations("bounces");
  if (!(await liftBounceSuppression(context, entryId))) {
    return { ok: false, error: t("notLifted") };
  }
  revalidatePath(`/${context.tenant.slug}/admin/roster/entries/${entryId}`);
  return { ok: true, data: undefined, message: t("lifted") };
});
