"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { blockMemberAction, unblockMemberAction } from "@/lib/actions/direct-messages";
import { failureText } from "@/lib/actions/result";

/** Block another alumnus, or lift one's own block on them (the list on the messages page, the thread itself). */
export function BlockForm({ tenant, membershipId, name, blocked }: { tenant: string; membershipId: string; name: string; blocked: boolean }) {
  const t = useTranslations("inbox.direct");
  const [state, action, pending] = useActionState(blocked ? unblockMemberAction : blockMemberAction, null);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <FormAlert message={failureText(state)} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>{blocked ? t("unblock") : t("block", { name })}</Button>
        {blocked ? null : <p className="text-xs text-stone-600">{t("blockHint")}</p>}
      </div>
    </form>
  );
}
