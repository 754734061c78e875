"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { staffReplyAction } from "@/lib/actions/inbox-staff";
import { MAX_BODY } from "@/lib/inbox/schema";
import { MESSAGE_SENT_EVENT } from "@/lib/inbox/thread-message";

type Props = { tenant: string; conversationId: string; canned: { id: string; title: string; body: string }[] };

/**
 * Staff's reply box: a canned reply can be inserted, then edited; one button sends to the alumnus, the other
 * keeps it as an internal note (two buttons, so a note is never sent by a forgotten checkbox).
 */
export function StaffReplyForm({ tenant, conversationId, canned }: Props) {
  const t = useTranslations("inbox.admin");
  const [body, setBody] = useState("");
  const [state, action, pending] = useActionState(async (previous: unknown, input: FormData) => {
    const result = await staffReplyAction(previous, input);
    if (result.ok) {
      setBody("");
      window.dispatchEvent(new Event(MESSAGE_SENT_EVENT));
    }
    return result;
  }, null);
  const failed = state && !state.ok ? state : null;
  const id = useId();
  const insert = (cannedId: string) => {
    const reply = canned.find((c) => c.id === cannedId);
    if (reply) {
      setBody((current) => (current.trim() ? `${current.trimEnd()}\n\n${reply.body}` : reply.body));
    }
  };
  const error = failed?.fieldErrors?.body;
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="conversationId" value={conversationId} />
      <FormAlert message={failed?.error} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor={`${id}-body`} className="text-sm font-medium text-stone-800">{t("reply")}</label>
        {canned.length ? (
          <select aria-label={t("canned")} value="" onChange={(e) => insert(e.target.value)} className="max-w-full rounded-md border border-stone-300 bg-white px-2 py-1 text-sm">
            <option value="">{t("cannedPick")}</option>
            {canned.map((c) => (
              <option key={c.id} value={c.id}>{c.title}</option>
            ))}
          </select>
        ) : null}
      </div>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={6}
        maxLength={MAX_BODY}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        className={`rounded-md border bg-white px-3 py-2 text-base ${error ? "border-red-600" : "border-stone-300"}`}
      />
      <p id={`${id}-hint`} className="text-xs text-stone-600">{t("internalHint")}</p>
      {error ? <p id={`${id}-error`} className="text-sm text-red-700" role="alert">{error}</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>{t("replySubmit")}</Button>
        <Button type="submit" name="internal" value="true" variant="secondary" disabled={pending} className="border-amber-400 bg-amber-50 hover:bg-amber-100">{t("noteSubmit")}</Button>
      </div>
    </form>
  );
}
