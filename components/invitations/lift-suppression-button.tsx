"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { liftSuppressionAction } from "@/lib/actions/invitations";
import { failureText } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

/** Lifts the bounce block on a roster entry's address. */
export function LiftSuppressionButton({ tenant, entryId }: { tenant: string; entryId: string }) {
  const t = useTranslations("bounces");
  const [state, lift, pending] = useActionState(liftSuppressionAction, null);
  return (
    <form action={lift} className="mt-2 flex flex-col gap-2">
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="entryId" value={entryId} />
      <p>{t("liftHint")}</p>
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>{t("lift")}</Button>
      </div>
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <FormAlert message={failureText(state)} />
    </form>
  );
}
