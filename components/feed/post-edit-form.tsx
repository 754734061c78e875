"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { editPostAction } from "@/lib/actions/feed";
import { FEED_IMAGE_ACCEPT, MAX_POST } from "@/lib/feed/schema";

export function PostEditForm({ tenant, postId, body, hasImage, backHref }: { tenant: string; postId: string; body: string; hasImage: boolean; backHref: string }) {
  const t = useTranslations("feed");
  const router = useRouter();
  const [state, action, pending] = useActionState(async (previous: unknown, input: FormData) => {
    const result = await editPostAction(previous, input);
    if (result.ok) {
      router.push(backHref);
    }
    return result;
  }, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="postId" value={postId} />
      <FormAlert message={failed?.error} />
      <TextAreaField label={t("composer.label")} name="body" rows={8} maxLength={MAX_POST} required defaultValue={failed?.values?.body ?? body} hint={t("composer.hint", { max: MAX_POST.toLocaleString() })} error={failed?.fieldErrors?.body} />
      <div className="flex flex-col gap-1">
        <label htmlFor="feed-image" className="text-sm font-medium text-stone-800">{t("composer.image")}</label>
        <input id="feed-image" type="file" name="image" accept={FEED_IMAGE_ACCEPT} className="text-sm" />
        {failed?.fieldErrors?.image ? <p role="alert" className="text-sm text-red-700">{failed.fieldErrors.image}</p> : null}
        {hasImage ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="removeImage" /> {t("edit.removeImage")}
          </label>
        ) : null}
      </div>
      <div>
        <Button type="submit" disabled={pending}>{t("edit.submit")}</Button>
      </div>
    </form>
  );
}
