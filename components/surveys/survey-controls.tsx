"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { closeSurveyAction, deleteSurveyAction, openSurveyAction } from "@/lib/actions/surveys";
import { failureText } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

/** Open (announce), close, or delete a draft — each asks before it acts where it cannot be undone. */
export function SurveyControls({ tenant, id, status }: { tenant: string; id: string; status: "DRAFT" | "OPEN" | "CLOSED" }) {
  const t = useTranslations("surveys.actions");
  const [opened, open, opening] = useActionState(openSurveyAction, null);
  const [closed, close, closing] = useActionState(closeSurveyAction, null);
  const confirmFirst = (message: string) => (event: React.FormEvent) => {
    if (!window.confirm(message)) {
      event.preventDefault();
    }
  };
  const message = [closed, opened].flatMap((s) => (s?.ok && s.message ? [s.message] : []))[0];
  return (
    <div className="flex flex-col gap-2">
      <FormAlert tone="success" message={message} />
      <FormAlert message={failureText(opened) ?? failureText(closed)} />
      <div className="flex flex-wrap gap-2">
        {status === "DRAFT" ? (
          <>
            <form action={open} onSubmit={confirmFirst(t("openConfirm"))}>
              <input type="hidden" name="tenant" value={tenant} />
              <input type="hidden" name="id" value={id} />
              <Button type="submit" disabled={opening}>{t("open")}</Button>
            </form>
            <form action={async (form) => { await deleteSurveyAction(null, form); }}>
              <input type="hidden" name="tenant" value={tenant} />
              <input type="hidden" name="id" value={id} />
              <Button type="submit" variant="ghost" className="text-red-700">{t("delete")}</Button>
            </form>
          </>
        ) : null}
        {status === "OPEN" ? (
          <form action={close}>
            <input type="hidden" name="tenant" value={tenant} />
            <input type="hidden" name="id" value={id} />
            <Button type="submit" variant="secondary" disabled={closing}>{t("close")}</Button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
