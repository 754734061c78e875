"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { setConversationStatusAction } from "@/lib/actions/inbox-staff";
import { failureText } from "@/lib/actions/result";
import { CONVERSATION_STATUSES, type ConversationStatusName } from "@/lib/inbox/schema";

/** Open, waiting for the alumnus, or closed. */
export function StatusForm({ tenant, conversationId, status }: { tenant: string; conversationId: string; status: ConversationStatusName }) {
  const t = useTranslations("inbox.admin");
  const [state, action, pending] = useActionState(setConversationStatusAction, null);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="conversationId" value={conversationId} />
      <FormAlert message={failureText(state)} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <label htmlFor="inbox-status" className="text-sm font-medium text-stone-800">{t("statusLabel")}</label>
      <div className="flex flex-wrap gap-2">
        <select id="inbox-status" name="status" defaultValue={status} className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 py-2 text-base">
          {CONVERSATION_STATUSES.map((s) => (
            <option key={s} value={s}>{t(`status.${s}`)}</option>
          ))}
        </select>
        <Button type="submit" variant="secondary" disabled={pending}>{t("setStatus")}</Button>
      </div>
    </form>
  );
}
