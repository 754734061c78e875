"use client";

import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { checkSlugAction, signUpCompanyAction } from "@/lib/actions/sign-up-company";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

type SlugStatus = { slug: string; available: boolean; message: string | null } | null;

/** Company name, its address (checked live as it is typed), and the owner's account unless already signed in. */
export function CompanySignUpForm({ signedInAs }: { signedInAs: string | null }) {
  const t = useTranslations("signup");
  const [state, action, pending] = useActionState(signUpCompanyAction, null);
  const failed = state && !state.ok ? state : null;
  const [slug, setSlug] = useState(failed?.values?.slug ?? "");
  const [slugStatus, setSlugStatus] = useState<SlugStatus>(null);

  useEffect(() => {
    if (!slug) {
      return;
    }
    let current = true;
    const timer = setTimeout(async () => {
      const result = await checkSlugAction(null, { slug });
      if (current && result.ok) {
        setSlugStatus({ slug, ...result.data });
      }
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [slug]);

  const liveError = slugStatus && slugStatus.slug === slug && !slugStatus.available ? slugStatus.message ?? undefined : undefined;
  const slugHint =
    slugStatus && slugStatus.slug === slug && slugStatus.available ? (
      <span className="text-emerald-700">{t("slugAvailable", { url: `/${slug}` })}</span>
    ) : (
      t("slugHint")
    );

  return (
    <form action={action} className="mt-6 flex flex-col gap-4" noValidate>
      <FormAlert message={failed?.error} />
      <Field label={t("companyName")} name="companyName" required autoComplete="organization"
        defaultValue={failed?.values?.companyName} error={failed?.fieldErrors?.companyName} />
      <Field label={t("slug")} name="slug" required value={slug} autoCapitalize="none" spellCheck={false}
        onChange={(event) => setSlug(event.target.value.toLowerCase())}
        hint={slugHint} error={liveError ?? failed?.fieldErrors?.slug} />
      {signedInAs ? (
        <p className="rounded-md bg-stone-100 p-3 text-sm text-stone-700">{t("ownerIsYou", { email: signedInAs })}</p>
      ) : (
        <fieldset className="flex flex-col gap-4 border-t border-stone-200 pt-4">
          <legend className="pt-2 text-sm font-semibold text-stone-800">{t("ownerAccount")}</legend>
          <Field label={t("ownerName")} name="ownerName" required autoComplete="name"
            defaultValue={failed?.values?.ownerName} error={failed?.fieldErrors?.ownerName} />
          <Field label={t("ownerEmail")} name="ownerEmail" type="email" required autoComplete="email"
            defaultValue={failed?.values?.ownerEmail} error={failed?.fieldErrors?.ownerEmail} />
          <Field label={t("ownerPassword")} name="ownerPassword" type="password" required autoComplete="new-password"
            hint={t("passwordHint")} error={failed?.fieldErrors?.ownerPassword} />
        </fieldset>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? t("creating") : t("create")}
      </Button>
    </form>
  );
}
