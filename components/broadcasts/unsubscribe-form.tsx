"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { unsubscribeAction } from "@/lib/actions/broadcasts";
import { failureText } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

export function UnsubscribeForm({ token }: { token: string }) {
  const t = useTranslations("unsubscribe");
  const [state, action, pending] = useActionState(unsubscribeAction, null);
  if (state?.ok) {
    return <FormAlert tone="success" message={state.message} />;
  }
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="token" value={token} />
      <FormAlert message={failureText(state)} />
      <div>
        <Button type="submit" disabled={pending}>{t("confirm")}</Button>
      </div>
    </form>
  );
}
