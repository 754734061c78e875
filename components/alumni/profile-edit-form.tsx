"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState } from "react";
import { updateProfileAction } from "@/lib/actions/profile";
import { INTERESTS } from "@/lib/alumni/interests";
import { AUDIENCES, type Audience, type ProfileField } from "@/lib/alumni/visibility";
import { VisibilitySelect } from "./visibility-select";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

export type EditableProfile = {
  displayName: string; nameKana: string; nameRomaji: string; department: string; joinedYear: string; leftYear: string;
  currentCompany: string; currentTitle: string; industry: string; location: string; skills: string; interests: string[];
  openToReturn: boolean; bio: string; linkedinUrl: string; visibility: Record<ProfileField, Audience>;
};

/** The alumnus's own profile, each field with who may see it. `id` lets the photo's audience, shown beside the photo, be saved with it. */
export function ProfileEditForm({ tenant, profile, id }: { tenant: string; profile: EditableProfile; id: string }) {
  const t = useTranslations("profileEdit");
  const tp = useTranslations("profile");
  const [state, action, pending] = useActionState(updateProfileAction, null);
  const failed = state && !state.ok ? state : null;
  const value = (field: keyof EditableProfile) => failed?.values?.[field] ?? String(profile[field] ?? "");
  const text = (field: keyof EditableProfile & string, label: string, visibility?: ProfileField, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <div className="flex flex-col gap-1">
      <Field label={label} name={field} defaultValue={value(field)} error={failed?.fieldErrors?.[field]} {...extra} />
      {visibility ? <VisibilitySelect field={visibility} value={profile.visibility[visibility]} of={label} /> : null}
    </div>
  );
  return (
    <form
      id={id}
      className="flex flex-col gap-6"
      noValidate
      // Submitted by hand, not through `action`, so React does not reset the form: after an error every
      // choice (visibility selects, checkboxes) is still as the person left it.
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        startTransition(() => action(form));
      }}
    >
      <input type="hidden" name="tenant" value={tenant} />
      <FormAlert message={failed?.error ?? (failed?.fieldErrors ? t("fixBelow") : undefined)} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <section className="rounded-md bg-stone-100 p-3 text-sm text-stone-700">
        <p className="font-semibold">{t("audiencesTitle")}</p>
        <ul className="mt-1 list-disc pl-5">
          {AUDIENCES.map((audience) => (
            <li key={audience}>
              <strong>{t(`audiences.${audience}`)}</strong>: {t(`audienceHelp.${audience}`)}
            </li>
          ))}
        </ul>
      </section>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("displayName", t("displayName"), undefined, { required: true })}
        {text("nameKana", t("nameKana"), "nameKana")}
        {text("nameRomaji", t("nameRomaji"), "nameRomaji")}
        {text("department", tp("department"), "department")}
        {text("joinedYear", t("joinedYear"), "joinedOn", { inputMode: "numeric", placeholder: "2012" })}
        {text("leftYear", t("leftYear"), "leftOn", { inputMode: "numeric", placeholder: "2019" })}
        {text("currentCompany", tp("currentCompany"), "currentCompany")}
        {text("currentTitle", tp("currentTitle"), "currentTitle")}
        {text("industry", tp("industry"), "industry")}
        {text("location", tp("location"), "location")}
        {text("skills", tp("skills"), "skills", { hint: t("skillsHint") })}
        {text("linkedinUrl", t("linkedinUrl"), "linkedinUrl", { type: "url", placeholder: "https://www.linkedin.com/in/…" })}
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">{tp("interests")}</legend>
        <div className="flex flex-wrap gap-4">
          {INTERESTS.map((interest) => (
            <label key={interest} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="interests" value={interest} defaultChecked={profile.interests.includes(interest)} className="h-4 w-4" />
              {t(`interests.${interest}`)}
            </label>
          ))}
        </div>
        <VisibilitySelect field="interests" value={profile.visibility.interests} of={tp("interests")} />
      </fieldset>
      <div className="flex flex-col gap-1">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="openToReturn" defaultChecked={profile.openToReturn} className="h-4 w-4" />
          {t("openToReturn")}
        </label>
        <VisibilitySelect field="openToReturn" value={profile.visibility.openToReturn} of={t("openToReturn")} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="bio" className="text-sm font-medium">{t("bio")}</label>
        <textarea id="bio" name="bio" rows={4} maxLength={2000} defaultValue={value("bio")} className="rounded-md border border-stone-300 bg-white px-3 py-2" />
        <VisibilitySelect field="bio" value={profile.visibility.bio} of={t("bio")} />
      </div>
      <div>
        <Button type="submit" disabled={pending}>{t("save")}</Button>
      </div>
    </form>
  );
}
