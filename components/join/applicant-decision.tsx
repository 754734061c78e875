"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { decideApplicantAction } from "@/lib/actions/join";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

type Props = { tenant: string; membershipId: string; name: string; matches: { id: string; name: string; department: string | null }[] };

/** Approve (linking a roster entry when one matches) or reject with a reason the applicant will read. */
export function ApplicantDecision({ tenant, membershipId, name, matches }: Props) {
  const t = useTranslations("applicants");
  const [state, action, pending] = useActionState(decideApplicantAction, null);
  const rosterId = useId();
  const reasonId = useId();
  if (state?.ok) {
    return <FormAlert tone="success" message={state.message} />;
  }
  return (
    <form action={action} className="flex flex-col gap-3" aria-label={name}>
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <FormAlert message={state && !state.ok ? state.error : undefined} />
      <div className="flex flex-col gap-1">
        <label htmlFor={rosterId} className="text-sm font-medium">{t("rosterMatch")}</label>
        <select id={rosterId} name="rosterEntryId" defaultValue={matches[0]?.id ?? ""} className="rounded border border-stone-300 bg-white px-2 py-1">
          <option value="">{t("noMatch")}</option>
          {matches.map((m) => (
            <option key={m.id} value={m.id}>{[m.name, m.department].filter(Boolean).join(" · ")}</option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={reasonId} className="text-sm font-medium">{t("reason")}</label>
        <input id={reasonId} name="reason" maxLength={1000} className="rounded border border-stone-300 bg-white px-2 py-1" />
      </div>
      <div className="flex gap-2">
        <Button type="submit" name="decision" value="approve" disabled={pending}>{t("approve")}</Button>
        <Button type="submit" name="decision" value="reject" variant="secondary" disabled={pending}>{t("reject")}</Button>
      </div>
    </form>
  );
}
