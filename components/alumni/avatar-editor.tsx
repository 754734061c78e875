"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { removeAvatarAction, uploadAvatarAction } from "@/lib/actions/avatar";
import { AVATAR_ACCEPT, MAX_AVATAR_BYTES } from "@/lib/alumni/avatar/limits";
import type { Audience } from "@/lib/alumni/visibility";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Avatar } from "./avatar";
import { VisibilitySelect } from "./visibility-select";

type Props = { tenant: string; name: string; photoUrl: string | null; audience: Audience; profileFormId: string };

/** The member's photo: upload a new one, remove it, and (saved with the profile form) choose who sees it. */
export function AvatarEditor({ tenant, name, photoUrl, audience, profileFormId }: Props) {
  const t = useTranslations("avatar");
  const tv = useTranslations("validation");
  const [uploaded, upload, uploading] = useActionState(uploadAvatarAction, null);
  const [removed, remove, removing] = useActionState(removeAvatarAction, null);
  const uploadFormId = useId();
  const [last, setLast] = useState<"upload" | "remove" | null>(null);
  // Checked here too, so a file over the limit is not sent at all (the server checks again).
  const [tooLarge, setTooLarge] = useState(false);
  const state = last === "upload" ? uploaded : last === "remove" ? removed : null;
  const failed = state && !state.ok ? state : null;
  return (
    <section className="flex flex-col gap-4 border-b border-stone-200 pb-6 sm:flex-row sm:items-start">
      <Avatar name={name} src={photoUrl} size="lg" />
      <div className="flex min-w-0 flex-1 flex-col gap-3">
        <FormAlert message={failed?.error} />
        <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
        <form
          id={uploadFormId}
          action={upload}
          onSubmit={(event) => {
            const file = new FormData(event.currentTarget).get("photo");
            const over = file instanceof File && file.size > MAX_AVATAR_BYTES;
            setTooLarge(over);
            setLast("upload");
            if (over) {
              event.preventDefault();
            }
          }}
        >
          <input type="hidden" name="tenant" value={tenant} />
          <Field
            label={t("label")}
            name="photo"
            type="file"
            accept={AVATAR_ACCEPT}
            hint={t("hint")}
            error={tooLarge ? tv("avatarTooLarge") : last === "upload" ? failed?.fieldErrors?.photo : undefined}
            className="max-w-md"
          />
        </form>
        {/* Two forms side by side: the upload button belongs to the form above, by its form attribute. */}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" form={uploadFormId} disabled={uploading}>{t("upload")}</Button>
          {photoUrl ? (
            <form action={remove} onSubmit={() => setLast("remove")}>
              <input type="hidden" name="tenant" value={tenant} />
              <Button type="submit" variant="secondary" disabled={removing}>{t("remove")}</Button>
            </form>
          ) : null}
        </div>
        <div className="flex flex-col gap-1">
          <VisibilitySelect field="avatar" value={audience} of={t("label")} form={profileFormId} />
          <p className="text-xs text-stone-600">{t("audienceNote")}</p>
        </div>
      </div>
    </section>
  );
}
