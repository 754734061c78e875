"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { inviteFromRosterAction } from "@/lib/actions/invitations";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

/** Wraps the roster table: its checkboxes choose whom "Invite selected" invites. */
export function InviteForm({ tenant, children }: { tenant: string; children: ReactNode }) {
  const t = useTranslations("invitations");
  const [state, action, pending] = useActionState(inviteFromRosterAction, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="tenant" value={tenant} />
      <FormAlert message={state && !state.ok ? state.error : undefined} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>{t("inviteSelected")}</Button>
        <Button type="submit" name="everyone" value="1" variant="secondary" disabled={pending}>{t("inviteAll")}</Button>
      </div>
      {children}
    </form>
  );
}
