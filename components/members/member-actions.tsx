"use client";

import { useTranslations } from "next-intl";
import { useActionState, type MouseEvent } from "react";
import { changeAlumniAction } from "@/lib/actions/members";
import { keepEnterFromSubmitting } from "./alumni-bulk-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { MembershipStatus } from "@/lib/generated/prisma/enums";

/** Suspend, reinstate or remove one member, with an optional reason for the audit log. */
export function MemberActions({ tenant, membershipId, status }: { tenant: string; membershipId: string; status: MembershipStatus }) {
  const t = useTranslations("alumniAdmin.bulk");
  const [state, action, pending] = useActionState(changeAlumniAction, null);
  if (status === "REMOVED" || status === "LEFT") {
    return null;
  }
  const confirmRemove = (event: MouseEvent<HTMLButtonElement>) => {
    if (!window.confirm(t("confirmRemoveOne"))) {
      event.preventDefault();
    }
  };
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="keys" value={`m:${membershipId}`} />
      <FormAlert message={state && !state.ok ? state.error : undefined} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <div className="flex flex-col gap-1">
        <label htmlFor="member-reason" className="text-sm font-medium">{t("reason")}</label>
        <input id="member-reason" name="reason" maxLength={500} onKeyDown={keepEnterFromSubmitting} className="rounded-md border border-stone-300 bg-white px-3 py-2" />
      </div>
      <div className="flex flex-wrap gap-2">
        {status === "ACTIVE" ? <Button type="submit" name="change" value="suspend" variant="secondary" disabled={pending}>{t("suspendOne")}</Button> : null}
        {status === "SUSPENDED" ? <Button type="submit" name="change" value="reinstate" variant="secondary" disabled={pending}>{t("reinstateOne")}</Button> : null}
        <Button type="submit" name="change" value="remove" variant="ghost" disabled={pending} onClick={confirmRemove}>{t("removeOne")}</Button>
      </div>
    </form>
  );
}
