"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { skipSetupStepAction } from "@/lib/actions/setup";
import { Button } from "@/components/ui/button";
import type { SetupStep } from "@/lib/playbook/setup/steps";

/** Leaves a step for later: it counts as dealt with on the checklist and can be done any time from the overview. */
export function SkipStepButton({ tenant, step }: { tenant: string; step: SetupStep }) {
  const t = useTranslations("setup");
  const [, action, pending] = useActionState(skipSetupStepAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="step" value={step} />
      <Button type="submit" variant="secondary" disabled={pending}>{t("skip")}</Button>
    </form>
  );
}
