"use client";

import { startTransition, useActionState, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { saveBrandingAction } from "@/lib/actions/branding";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { BrandImageField } from "./brand-image-field";
import { BrandingPreview } from "./branding-preview";
import { ColourField } from "./colour-field";

export type SavedBranding = {
  color: string | null;
  logoUrl: string | null;
  faviconUrl: string | null;
  welcomeMessageJa: string | null;
  welcomeMessageEn: string | null;
  senderName: string | null;
  replyTo: string | null;
};

type Props = { tenant: string; company: string; address: string; saved: SavedBranding };

/** A chosen file as a URL the preview can show (revoked when another is chosen or the form goes). */
function useObjectUrl(file: File | null): string | null {
  const url = useMemo(() => (file ? URL.createObjectURL(file) : null), [file]);
  useEffect(() => () => {
    if (url) {
      URL.revokeObjectURL(url);
    }
  }, [url]);
  return url;
}

/** The branding settings: every field feeds the live preview; nothing is stored until Save (decisions/030). */
export function BrandingForm({ tenant, company, address, saved }: Props) {
  const t = useTranslations("branding");
  const [color, setColor] = useState(saved.color ?? "");
  const [logoFile, setLogoFile] = useState<File | null>(null);
  const [faviconFile, setFaviconFile] = useState<File | null>(null);
  const [removeLogo, setRemoveLogo] = useState(false);
  const [removeFavicon, setRemoveFavicon] = useState(false);
  const [senderName, setSenderName] = useState(saved.senderName ?? "");
  const [replyTo, setReplyTo] = useState(saved.replyTo ?? "");
  const form = useRef<HTMLFormElement>(null);
  const [state, dispatch, pending] = useActionState(async (previous: unknown, input: FormData) => {
    const result = await saveBrandingAction(previous, input);
    if (result.ok) {
      // Saved: the chosen files are stored now, so a second save must not send them again.
      form.current?.querySelectorAll<HTMLInputElement>("input[type=file]").forEach((file) => {
        file.value = "";
      });
      setLogoFile(null);
      setFaviconFile(null);
      setRemoveLogo(false);
      setRemoveFavicon(false);
    }
    return result;
  }, null);
  const logoPicked = useObjectUrl(logoFile);
  const faviconPicked = useObjectUrl(faviconFile);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};

  // Submitted by hand: a form action would reset the fields, and the chosen files with them, on an error.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };

  const logoShown = removeLogo ? null : (logoPicked ?? saved.logoUrl);
  return (
    <form ref={form} onSubmit={onSubmit} className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <div className="flex min-w-0 flex-col gap-6">
        <Card className="flex flex-col gap-5">
          <h2 className="font-semibold text-stone-900">{t("logoTitle")}</h2>
          <BrandImageField name="logo" label={t("logo")} hint={t("logoHint")} shown={logoPicked ?? saved.logoUrl} removing={removeLogo} saved={Boolean(saved.logoUrl)} onPick={setLogoFile} onRemove={setRemoveLogo} error={errors.logo} />
          <BrandImageField name="favicon" label={t("favicon")} hint={t("faviconHint")} shown={faviconPicked ?? saved.faviconUrl} removing={removeFavicon} saved={Boolean(saved.faviconUrl)} onPick={setFaviconFile} onRemove={setRemoveFavicon} error={errors.favicon} />
        </Card>
        <Card className="flex flex-col gap-3">
          <h2 className="font-semibold text-stone-900">{t("colorTitle")}</h2>
          <ColourField value={color} onChange={setColor} error={errors.brandColor} />
        </Card>
        <Card className="flex flex-col gap-4">
          <div>
            <h2 className="font-semibold text-stone-900">{t("welcomeTitle")}</h2>
            <p className="mt-1 text-sm text-stone-600">{t("welcomeLead")}</p>
          </div>
          <TextAreaField label={t("welcomeJa")} name="welcomeMessageJa" defaultValue={saved.welcomeMessageJa ?? ""} rows={5} maxLength={10_000} error={errors.welcomeMessageJa} />
          <TextAreaField label={t("welcomeEn")} name="welcomeMessageEn" defaultValue={saved.welcomeMessageEn ?? ""} rows={5} maxLength={10_000} error={errors.welcomeMessageEn} />
        </Card>
        <Card className="flex flex-col gap-4">
          <div>
            <h2 className="font-semibold text-stone-900">{t("emailTitle")}</h2>
            <p className="mt-1 text-sm text-stone-600">{t("emailLead")}</p>
          </div>
          <Field label={t("senderName")} name="emailSenderName" value={senderName} onChange={(e) => setSenderName(e.target.value)} maxLength={60} hint={t("senderNameHint")} error={errors.emailSenderName} />
          <Field label={t("replyTo")} name="emailReplyTo" type="email" value={replyTo} onChange={(e) => setReplyTo(e.target.value)} maxLength={254} autoComplete="off" hint={t("replyToHint")} error={errors.emailReplyTo} />
        </Card>
        <div className="flex flex-col gap-3">
          <FormAlert message={state && !state.ok ? state.error : undefined} />
          <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
          <Button type="submit" disabled={pending} className="self-start">{t("save")}</Button>
        </div>
      </div>
      <div className="min-w-0 lg:sticky lg:top-4 lg:self-start">
        <BrandingPreview state={{ company, color, logo: logoShown, senderName, replyTo, address }} />
      </div>
    </form>
  );
}
