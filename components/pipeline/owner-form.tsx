"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { setOwnerAction } from "@/lib/actions/pipeline";
import { failureText } from "@/lib/actions/result";

/** Who on the staff looks after this item. */
export function OwnerForm({ tenant, interestId, ownerId, staff }: { tenant: string; interestId: string; ownerId: string | null; staff: { id: string; name: string }[] }) {
  const t = useTranslations("pipeline");
  const [state, action, pending] = useActionState(setOwnerAction, null);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="interestId" value={interestId} />
      <FormAlert message={failureText(state)} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <label htmlFor="pipeline-owner" className="text-sm font-medium text-stone-800">{t("owner")}</label>
      <div className="flex flex-wrap gap-2">
        <select id="pipeline-owner" name="ownerId" defaultValue={ownerId ?? ""} className="rounded-md border border-stone-300 bg-white px-3 py-2 text-base">
          <option value="">{t("noOwner")}</option>
          {staff.map((s) => (
            <option key={s.id} value={s.id}>{s.name}</option>
          ))}
        </select>
        <Button type="submit" variant="secondary" disabled={pending}>{t("setOwner")}</Button>
      </div>
    </form>
  );
}
