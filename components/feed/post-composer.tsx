"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { createPostAction } from "@/lib/actions/feed";
import { useClearingAction } from "@/lib/forms/use-form-action";
import { FEED_IMAGE_ACCEPT, MAX_POST } from "@/lib/feed/schema";

/** The box at the top of the feed (and on /admin/feed) where a member writes a post, with an optional picture. */
export function PostComposer({ tenant, asCompany }: { tenant: string; asCompany: boolean }) {
  const t = useTranslations("feed");
  const { state, action, pending, round, failed } = useClearingAction(createPostAction);
  return (
    <form key={round} action={action} className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <FormAlert message={failed?.error} />
      {state?.ok ? <p role="status" className="text-sm text-green-800">{state.message}</p> : null}
      <TextAreaField
        label={asCompany ? t("composer.labelCompany") : t("composer.label")}
        name="body"
        rows={4}
        maxLength={MAX_POST}
        required
        defaultValue={failed?.values?.body ?? ""}
        hint={t("composer.hint", { max: MAX_POST.toLocaleString() })}
        error={failed?.fieldErrors?.body}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="feed-image" className="text-sm font-medium text-stone-800">{t("composer.image")}</label>
        <input id="feed-image" type="file" name="image" accept={FEED_IMAGE_ACCEPT} aria-describedby="feed-image-hint" className="text-sm" />
        <p id="feed-image-hint" className="text-xs text-stone-600">{t("composer.imageHint")}</p>
        {failed?.fieldErrors?.image ? <p role="alert" className="text-sm text-red-700">{failed.fieldErrors.image}</p> : null}
      </div>
      <div>
        <Button type="submit" disabled={pending}>{t("composer.submit")}</Button>
      </div>
    </form>
  );
}
