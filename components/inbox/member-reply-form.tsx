"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { replyAction } from "@/lib/actions/inbox";
import { MAX_BODY } from "@/lib/inbox/schema";
import { MESSAGE_SENT_EVENT } from "@/lib/inbox/thread-message";

/** The alumnus's reply box under their conversation. */
export function MemberReplyForm({ tenant, conversationId }: { tenant: string; conversationId: string }) {
  const t = useTranslations("inbox");
  const [state, action, pending] = useActionState(async (previous: unknown, input: FormData) => {
    const result = await replyAction(previous, input);
    if (result.ok) {
      window.dispatchEvent(new Event(MESSAGE_SENT_EVENT));
    }
    return result;
  }, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="conversationId" value={conversationId} />
      <FormAlert message={failed?.error} />
      <TextAreaField label={t("reply.label")} name="body" rows={4} maxLength={MAX_BODY} required defaultValue={failed?.values?.body ?? ""} hint={t("form.bodyHint", { max: MAX_BODY.toLocaleString() })} error={failed?.fieldErrors?.body} />
      <div>
        <Button type="submit" disabled={pending}>{t("reply.submit")}</Button>
      </div>
    </form>
  );
}
