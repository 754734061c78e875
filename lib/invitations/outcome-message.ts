import "server-only";
import { getTranslations } from "next-intl/server";
import type { InviteOutcome } from "./invite";

/** What HR is told after inviting: sent now, scheduled for leave dates, and who was left out and why. */
export async function inviteOutcomeMessage(outcome: InviteOutcome, otherSkipped = 0): Promise<string> {
  const t = await getTranslations("invitations");
  const alreadyInvited = outcome.alreadyInvited + otherSkipped;
  return [
    outcome.invited || !outcome.scheduled ? t("invited", { invited: outcome.invited }) : "",
    outcome.scheduled ? t("scheduledCount", { scheduled: outcome.scheduled }) : "",
    alreadyInvited + outcome.noEmail ? t("skipped", { already: alreadyInvited, noEmail: outcome.noEmail }) : "",
  ].filter(Boolean).join(" ");
}
