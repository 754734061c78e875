"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { addCommentAction } from "@/lib/actions/feed";
import { useClearingAction } from "@/lib/forms/use-form-action";
import { MAX_COMMENT } from "@/lib/feed/schema";

export function CommentForm({ tenant, postId }: { tenant: string; postId: string }) {
  const t = useTranslations("feed");
  const { action, pending, round, failed } = useClearingAction(addCommentAction);
  return (
    <form key={round} action={action} className="mt-3 flex flex-col gap-2" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="postId" value={postId} />
      <FormAlert message={failed?.error} />
      <TextAreaField label={t("comments.label")} name="body" rows={2} maxLength={MAX_COMMENT} required defaultValue={failed?.values?.body ?? ""} hint={t("comments.hint", { max: MAX_COMMENT.toLocaleString() })} error={failed?.fieldErrors?.body} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending} className="px-3 py-1">{t("comments.submit")}</Button>
      </div>
    </form>
  );
}
