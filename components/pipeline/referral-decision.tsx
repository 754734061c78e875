"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { decideReferralAction } from "@/lib/actions/pipeline";
import { failureText } from "@/lib/actions/result";

type Props = { tenant: string; referralId: string; name: string; status: "PENDING" | "ACCEPTED" | "DECLINED"; canDecide: boolean };

/**
 * A referral's status; while pending, accept (the referred person is emailed) or decline (nobody is). Stays mounted
 * once decided, so the confirmation outlives the list's refresh.
 */
export function ReferralDecision({ tenant, referralId, name, status, canDecide }: Props) {
  const t = useTranslations("pipeline.referrals");
  const [state, action, pending] = useActionState(decideReferralAction, null);
  return (
    <div className="flex flex-col items-end gap-1">
      <FormAlert message={failureText(state)} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      {status === "PENDING" && canDecide ? (
        <div className="flex flex-wrap gap-2">
          {(["ACCEPTED", "DECLINED"] as const).map((decision) => (
            <form key={decision} action={action}>
              <input type="hidden" name="tenant" value={tenant} />
              <input type="hidden" name="referralId" value={referralId} />
              <input type="hidden" name="decision" value={decision} />
              <Button type="submit" variant={decision === "ACCEPTED" ? "primary" : "ghost"} disabled={pending} aria-label={t(decision === "ACCEPTED" ? "acceptFor" : "declineFor", { name })}>
                {t(decision === "ACCEPTED" ? "accept" : "decline")}
              </Button>
            </form>
          ))}
        </div>
      ) : (
        <span className="text-sm font-semibold text-stone-700">{t(`status.${status}`)}</span>
      )}
    </div>
  );
}
