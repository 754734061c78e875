"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { setDirectMessagesAction } from "@/lib/actions/direct-messages";
import { failureText } from "@/lib/actions/result";

/** The company's switch for messages between alumni (decisions/022). */
export function DirectSettingForm({ tenant, on }: { tenant: string; on: boolean }) {
  const t = useTranslations("moderation.settings");
  const [state, action, pending] = useActionState(setDirectMessagesAction, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="tenant" value={tenant} />
      <label className="flex items-center gap-2 font-medium">
        <input type="checkbox" name="directMessages" defaultChecked={on} />
        {t("directMessages")}
      </label>
      <p className="text-sm text-stone-600">{t("directHint")}</p>
      <FormAlert message={failureText(state)} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>{t("save")}</Button>
      </div>
    </form>
  );
}
