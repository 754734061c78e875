"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { removeDomainAction, verifyDomainAction } from "@/lib/actions/domain";
import { failureText } from "@/lib/actions/result";

/** "Check now": looks the DNS proof up and says what it found. */
export function VerifyDomainButton({ tenant }: { tenant: string }) {
  const t = useTranslations("domains");
  const [state, action, pending] = useActionState(verifyDomainAction, null);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="tenant" value={tenant} />
      <div>
        <Button type="submit" disabled={pending}>{pending ? t("checking") : t("check")}</Button>
      </div>
      <FormAlert message={failureText(state)} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
    </form>
  );
}

/** Stops serving the site at the company's address, after asking. */
export function RemoveDomainButton({ tenant, hostname }: { tenant: string; hostname: string }) {
  const t = useTranslations("domains");
  const [, action, pending] = useActionState(removeDomainAction, null);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t("removeConfirm", { hostname }))) {
          event.preventDefault();
        }
      }}
    >
      <input type="hidden" name="tenant" value={tenant} />
      <Button type="submit" variant="secondary" disabled={pending}>{t("remove")}</Button>
    </form>
  );
}
