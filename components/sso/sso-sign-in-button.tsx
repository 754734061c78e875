"use client";

import { useTranslations } from "next-intl";
import { useActionState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { startSsoSignInAction } from "@/lib/actions/sso";

const noChanges = () => () => undefined;

/**
 * Off to the company's identity provider; back signed in at `callbackUrl` (the admin area by default). Usable once
 * the page has loaded: submitted without script, the browser would follow the redirect to the provider as a form
 * submission, which our CSP (`form-action 'self'`) refuses; submitted by the client, it is a plain navigation.
 */
export function SsoSignInButton({ tenant, callbackUrl }: { tenant: string; callbackUrl?: string }) {
  const t = useTranslations("sso");
  const [state, action, pending] = useActionState(startSsoSignInAction, null);
  // False while server-rendered and until hydration, true in the browser after.
  const ready = useSyncExternalStore(noChanges, () => true, () => false);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="tenant" value={tenant} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <FormAlert message={state && !state.ok ? state.error : undefined} />
      <Button type="submit" disabled={!ready || pending}>{pending ? t("redirecting") : t("signInWithSso")}</Button>
    </form>
  );
}
