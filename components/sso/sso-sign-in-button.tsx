"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { startSsoSignInAction } from "@/lib/actions/sso";

/** Off to the company's identity provider; back signed in at `callbackUrl` (the admin area by default). */
export function SsoSignInButton({ tenant, callbackUrl }: { tenant: string; callbackUrl?: string }) {
  const t = useTranslations("sso");
  const [state, action, pending] = useActionState(startSsoSignInAction, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="tenant" value={tenant} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <FormAlert message={state && !state.ok ? state.error : undefined} />
      <Button type="submit" disabled={pending}>{pending ? t("redirecting") : t("signInWithSso")}</Button>
    </form>
  );
}
