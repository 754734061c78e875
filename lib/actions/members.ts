"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { inviteFromRoster } from "@/lib/invitations/invite";
import { inviteOutcomeMessage } from "@/lib/invitations/outcome-message";
import { changeMembers, MEMBER_CHANGES } from "@/lib/members/manage";
import { optionalText } from "@/lib/forms/optional-text";
import { tenantAction } from "./clients";

// Rows of the alumni list are "m:<membership id>" (members) or "r:<roster entry id>" (not joined yet).
const rowKeys = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().regex(/^[mr]:[A-Za-z0-9_-]{1,40}$/)).max(500),
);

const schema = z.object({
  change: z.enum([...MEMBER_CHANGES, "invite"]),
  keys: rowKeys,
  reason: optionalText(500),
});

/** A bulk action on the alumni list (or one person's page): invite, suspend, reinstate or remove. */
export const changeAlumniAction = tenantAction("alumni.manage", schema, async ({ change, keys, reason }, context) => {
  const t = await getTranslations("alumniAdmin.bulk");
  if (keys.length === 0) {
    return { ok: false, error: t("nothingSelected") };
  }
  const ids = (prefix: string) => keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(2));
  const base = `/${context.tenant.slug}/admin/alumni`;
  if (change === "invite") {
    if (!context.permissions.has("roster.manage")) {
      return { ok: false, error: t("notAllowed") };
    }
    const entryIds = ids("r:");
    const outcome = entryIds.length ? await inviteFromRoster(context, { entryIds }) : { invited: 0, scheduled: 0, noEmail: 0, alreadyInvited: 0 };
    revalidatePath(base);
    // Members selected along with roster entries are already in: counted with those already invited.
    return { ok: true, data: undefined, message: await inviteOutcomeMessage(outcome, keys.length - entryIds.length) };
  }
  const outcome = await changeMembers(context, change, ids("m:"), reason);
  revalidatePath(base, "layout");
  return { ok: true, data: undefined, message: t(`done.${change}`, { changed: outcome.changed, skipped: keys.length - outcome.changed }) };
});
