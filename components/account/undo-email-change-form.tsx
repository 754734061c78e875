"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { undoEmailChangeAction } from "@/lib/actions/change-email";
import { failureText } from "@/lib/actions/result";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

// A button, not an effect of opening the page: mail scanners that prefetch links must not use them up.
export function UndoEmailChangeForm({ token, oldEmail, newEmail }: { token: string; oldEmail: string; newEmail: string }) {
  const t = useTranslations("emailChange");
  const [state, action, pending] = useActionState(undoEmailChangeAction, null);
  if (state?.ok) {
    return (
      <div className="flex flex-col gap-3">
        <FormAlert tone="success" message={state.message} />
        <div>
          <Link href="/signin" className={buttonClasses("primary")}>{t("undo.toSignIn")}</Link>
        </div>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormAlert message={failureText(state)} />
      <p>{t("undo.lead", { oldEmail, newEmail })}</p>
      <input type="hidden" name="token" value={token} />
      <div>
        <Button type="submit" disabled={pending}>{t("undo.submit")}</Button>
      </div>
    </form>
  );
}
