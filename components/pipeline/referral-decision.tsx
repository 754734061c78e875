"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { decideReferralAction } from "@/lib/actions/pipeline";
import { failureText } from "@/lib/actions/result";

/** Accept a referral (the referred person is emailed) or decline it (nobody is). */
export function ReferralDecision({ tenant, referralId, name }: { tenant: string; referralId: string; name: string }) {
  const t = useTranslations("pipeline.referrals");
  const [state, action, pending] = useActionState(decideReferralAction, null);
  return (
    <div className="flex flex-col gap-1">
      <FormAlert message={failureText(state)} />
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
    </div>
  );
}
