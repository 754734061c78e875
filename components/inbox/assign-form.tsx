"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { assignConversationAction } from "@/lib/actions/inbox-staff";
import { failureText } from "@/lib/actions/result";

/** Gives the conversation to a colleague (or nobody). */
export function AssignForm({ tenant, conversationId, assigneeId, staff }: { tenant: string; conversationId: string; assigneeId: string | null; staff: { id: string; name: string }[] }) {
  const t = useTranslations("inbox.admin");
  const [state, action, pending] = useActionState(assignConversationAction, null);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="conversationId" value={conversationId} />
      <FormAlert message={failureText(state)} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <label htmlFor="inbox-assignee" className="text-sm font-medium text-stone-800">{t("assignee")}</label>
      <div className="flex flex-wrap gap-2">
        <select id="inbox-assignee" name="assigneeId" defaultValue={assigneeId ?? ""} className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 py-2 text-base">
          <option value="">{t("unassigned")}</option>
          {staff.map((s) => (
            <option key={s.id} value={s.id}>{s.name}</option>
          ))}
        </select>
        <Button type="submit" variant="secondary" disabled={pending}>{t("assign")}</Button>
      </div>
    </form>
  );
}
