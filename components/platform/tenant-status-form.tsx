"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { reactivateTenantAction, suspendTenantAction } from "@/lib/actions/platform";
import { failureText } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";

/** Suspend (with the reason the log keeps) or reactivate one company, from its row in the console. */
export function TenantStatusForm({ tenantId, company, suspended }: { tenantId: string; company: string; suspended: boolean }) {
  const t = useTranslations("platform");
  const [state, action, pending] = useActionState(suspended ? reactivateTenantAction : suspendTenantAction, null);
  const reasonId = useId();
  const error = failureText(state);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="tenantId" value={tenantId} />
      {suspended ? null : (
        <>
          <label htmlFor={reasonId} className="sr-only">{t("reasonFor", { company })}</label>
          <input id={reasonId} name="reason" required maxLength={500} placeholder={t("reason")} className="w-40 rounded-md border border-stone-300 px-2 py-1 text-sm" aria-invalid={error ? true : undefined} />
        </>
      )}
      <Button type="submit" variant="secondary" disabled={pending} className="px-2 py-1 text-sm" aria-label={t(suspended ? "reactivateCompany" : "suspendCompany", { company })}>
        {t(suspended ? "reactivate" : "suspend")}
      </Button>
      {error ? <p className="w-full text-sm text-red-700" role="alert">{error}</p> : null}
    </form>
  );
}
