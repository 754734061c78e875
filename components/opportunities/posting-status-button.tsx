"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { setPostingStatusAction } from "@/lib/actions/postings";
import { failureText } from "@/lib/actions/result";

/** Opens a draft or closed posting to its audience, or closes an open one. */
export function PostingStatusButton({ tenant, postingId, status }: { tenant: string; postingId: string; status: "DRAFT" | "OPEN" | "CLOSED" }) {
  const t = useTranslations("opportunities.admin");
  const [state, action, pending] = useActionState(setPostingStatusAction, null);
  const next = status === "OPEN" ? "CLOSED" : "OPEN";
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="postingId" value={postingId} />
      <input type="hidden" name="status" value={next} />
      <FormAlert message={failureText(state)} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <div>
        <Button type="submit" variant={next === "OPEN" ? "primary" : "secondary"} disabled={pending}>{t(next === "OPEN" ? "open" : "close")}</Button>
      </div>
    </form>
  );
}
