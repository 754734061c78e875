"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { deleteWebhookEndpointAction, rotateWebhookSecretAction, sendTestWebhookAction, setWebhookEndpointEnabledAction } from "@/lib/actions/webhooks";
import { failureText } from "@/lib/actions/result";

/** "Send test" with the receiver's answer, turning the endpoint on or off, a new secret, and deleting it. */
export function EndpointControls({ tenant, endpointId, enabled }: { tenant: string; endpointId: string; enabled: boolean }) {
  const t = useTranslations("webhooks");
  const router = useRouter();
  const [test, testAction, testing] = useActionState(sendTestWebhookAction, null);
  const [toggle, toggleAction, toggling] = useActionState(setWebhookEndpointEnabledAction, null);
  const [rotate, rotateAction, rotating] = useActionState(rotateWebhookSecretAction, null);
  const [removed, deleteAction, deleting] = useActionState(deleteWebhookEndpointAction, null);
  useEffect(() => {
    if (removed?.ok) {
      router.push(`/${tenant}/admin/settings/webhooks`);
    }
  }, [removed, router, tenant]);
  const hidden = (
    <>
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="endpointId" value={endpointId} />
    </>
  );
  const confirming = (message: string) => (event: FormEvent) => {
    if (!window.confirm(message)) {
      event.preventDefault();
    }
  };
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        <form action={testAction}>
          {hidden}
          <Button type="submit" disabled={testing}>{testing ? t("test.sending") : t("test.send")}</Button>
        </form>
        <form action={toggleAction}>
          {hidden}
          <input type="hidden" name="enabled" value={enabled ? "off" : "on"} />
          <Button type="submit" variant="secondary" disabled={toggling}>{enabled ? t("disable") : t("enable")}</Button>
        </form>
        <form action={rotateAction} onSubmit={confirming(t("confirmRotate"))}>
          {hidden}
          <Button type="submit" variant="secondary" disabled={rotating}>{t("rotate")}</Button>
        </form>
        <form action={deleteAction} onSubmit={confirming(t("confirmDelete"))}>
          {hidden}
          <Button type="submit" variant="secondary" className="text-red-700" disabled={deleting}>{t("delete")}</Button>
        </form>
      </div>
      <FormAlert message={failureText(test) ?? failureText(toggle) ?? failureText(rotate) ?? failureText(removed)} />
      <FormAlert tone="success" message={test?.ok ? test.message : undefined} />
      <FormAlert tone="success" message={rotate?.ok ? rotate.message : undefined} />
    </div>
  );
}
