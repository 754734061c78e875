"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { confirmEmailChangeAction } from "@/lib/actions/change-email";
import { failureText } from "@/lib/actions/result";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

// A button rather than a change on page load: mail scanners that prefetch links must not use them up.
export function ConfirmEmailChangeForm({ token, newEmail }: { token: string; newEmail: string }) {
  const t = useTranslations("emailChange");
  const [state, action, pending] = useActionState(confirmEmailChangeAction, null);
  if (state?.ok) {
    return (
      <div className="flex flex-col gap-3">
        <FormAlert tone="success" message={state.message} />
        <div>
          <Link href="/account" className={buttonClasses("primary")}>{t("confirm.toAccount")}</Link>
        </div>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormAlert message={failureText(state)} />
      <p>{t("confirm.lead", { email: newEmail })}</p>
      <input type="hidden" name="token" value={token} />
      <div>
        <Button type="submit" disabled={pending}>{t("confirm.submit")}</Button>
      </div>
    </form>
  );
}
