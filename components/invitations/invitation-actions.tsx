"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { inviteFromRosterAction, resendInvitationAction, revokeInvitationAction } from "@/lib/actions/invitations";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

type Props = { tenant: string; entryId: string; invitationId: string | null; canResend: boolean; scheduled?: boolean };

/** Invite, resend or withdraw, for one roster entry. */
export function InvitationActions({ tenant, entryId, invitationId, canResend, scheduled = false }: Props) {
  const t = useTranslations("invitations");
  const [invited, invite, inviting] = useActionState(inviteFromRosterAction, null);
  const [resent, resend, resending] = useActionState(resendInvitationAction, null);
  const [revoked, revoke, revoking] = useActionState(revokeInvitationAction, null);
  // Latest step first: invite → resend → withdraw is the only order these happen in.
  const message = [revoked, resent, invited].flatMap((s) => (s?.ok && s.message ? [s.message] : []))[0];
  return (
    <div className="flex flex-col gap-2">
      <FormAlert tone="success" message={message} />
      <div className="flex flex-wrap gap-2">
        {canResend && invitationId ? (
          // One invitation, two actions: each button submits the same fields to its own action.
          <form className="flex gap-2">
            <input type="hidden" name="tenant" value={tenant} />
            <input type="hidden" name="entryId" value={entryId} />
            <input type="hidden" name="invitationId" value={invitationId} />
            <Button type="submit" formAction={resend} variant="secondary" disabled={resending}>{scheduled ? t("sendNow") : t("resend")}</Button>
            <Button type="submit" formAction={revoke} variant="ghost" disabled={revoking}>{t("revoke")}</Button>
          </form>
        ) : (
          <form action={invite}>
            <input type="hidden" name="tenant" value={tenant} />
            <input type="hidden" name="entryIds" value={entryId} />
            <Button type="submit" disabled={inviting}>{t("invite")}</Button>
          </form>
        )}
      </div>
    </div>
  );
}
