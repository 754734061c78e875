"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { saveFeedSettingsAction } from "@/lib/actions/feed-staff";

/** The company's switch: may alumni write posts? */
export function FeedSettingsForm({ tenant, alumniMayPost }: { tenant: string; alumniMayPost: boolean }) {
  const t = useTranslations("feed.admin");
  const [state, action, pending] = useActionState(saveFeedSettingsAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="tenant" value={tenant} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="alumniMayPost" defaultChecked={alumniMayPost} /> {t("alumniMayPost")}
      </label>
      <Button type="submit" variant="secondary" disabled={pending} className="px-3 py-1">{t("settingsSave")}</Button>
      {state?.ok ? <span role="status" className="text-sm text-green-800">{state.message}</span> : null}
    </form>
  );
}
