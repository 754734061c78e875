"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { startDirectAction } from "@/lib/actions/direct-messages";
import { MAX_BODY } from "@/lib/inbox/schema";

/** The first message to another alumnus; sent, it opens the conversation the two of them share. */
export function NewDirectForm({ tenant, profileId }: { tenant: string; profileId: string }) {
  const t = useTranslations("inbox");
  const router = useRouter();
  const [state, action, pending] = useActionState(startDirectAction, null);
  const failed = state && !state.ok ? state : null;
  useEffect(() => {
    if (state?.ok) {
      router.push(`/${tenant}/messages/${state.data}`);
    }
  }, [state, router, tenant]);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="profileId" value={profileId} />
      <FormAlert message={failed?.error} />
      <TextAreaField label={t("form.body")} name="body" rows={6} required maxLength={MAX_BODY} defaultValue={failed?.values?.body ?? ""} hint={t("form.bodyHint", { max: MAX_BODY.toLocaleString() })} error={failed?.fieldErrors?.body} />
      <div>
        <Button type="submit" disabled={pending || state?.ok}>{t("direct.send")}</Button>
      </div>
    </form>
  );
}
