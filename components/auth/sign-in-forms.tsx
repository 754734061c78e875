"use client";

import { useActionState, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { sendMagicLinkAction, signInWithPasswordAction } from "@/lib/actions/sign-in";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

type Props = { callbackUrl?: string; linkError?: string };

const MODES = ["password", "link"] as const;

/** Password sign-in, with a switch to an emailed sign-in link. */
export function SignInForms({ callbackUrl, linkError }: Props) {
  const t = useTranslations("auth");
  const [mode, setMode] = useState<(typeof MODES)[number]>("password");
  const [passwordState, passwordAction, passwordPending] = useActionState(signInWithPasswordAction, null);
  const [linkState, linkAction, linkPending] = useActionState(sendMagicLinkAction, null);
  const state = mode === "password" ? passwordState : linkState;
  const email = state && !state.ok ? state.values?.email : undefined;

  // The tab pattern: arrow keys (and Home/End) move between the two methods; Tab goes on into the form.
  const moveBetweenTabs = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = MODES.indexOf(mode);
    const next =
      event.key === "ArrowRight" ? MODES[(index + 1) % MODES.length]
      : event.key === "ArrowLeft" ? MODES[(index + MODES.length - 1) % MODES.length]
      : event.key === "Home" ? MODES[0]
      : event.key === "End" ? MODES[MODES.length - 1]
      : undefined;
    if (next) {
      event.preventDefault();
      setMode(next);
      document.getElementById(`signin-tab-${next}`)?.focus();
    }
  };

  return (
    <div className="mt-6 flex flex-col gap-5">
      <div role="tablist" aria-label={t("methods")} onKeyDown={moveBetweenTabs} className="grid grid-cols-2 gap-1 rounded-md bg-stone-100 p-1 text-sm">
        {MODES.map((option) => (
          <button
            key={option}
            id={`signin-tab-${option}`}
            role="tab"
            type="button"
            aria-selected={mode === option}
            aria-controls="signin-panel"
            tabIndex={mode === option ? 0 : -1}
            onClick={() => setMode(option)}
            className={`rounded px-3 py-2 font-medium ${mode === option ? "bg-white shadow-sm" : "text-stone-600"}`}
          >
            {option === "password" ? t("withPassword") : t("withLink")}
          </button>
        ))}
      </div>
      <FormAlert message={state && !state.ok ? state.error : linkError} />
      {mode === "password" ? (
        <form id="signin-panel" role="tabpanel" aria-labelledby="signin-tab-password" action={passwordAction} className="flex flex-col gap-4" noValidate>
          {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
          <Field label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={email}
            error={passwordState && !passwordState.ok ? passwordState.fieldErrors?.email : undefined} />
          <Field label={t("password")} name="password" type="password" autoComplete="current-password" required
            error={passwordState && !passwordState.ok ? passwordState.fieldErrors?.password : undefined} />
          <Button type="submit" disabled={passwordPending}>
            {passwordPending ? t("signingIn") : t("signIn")}
          </Button>
        </form>
      ) : (
        <form id="signin-panel" role="tabpanel" aria-labelledby="signin-tab-link" action={linkAction} className="flex flex-col gap-4" noValidate>
          {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
          <p className="text-sm text-stone-600">{t("linkLead")}</p>
          <Field label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={email}
            error={linkState && !linkState.ok ? linkState.fieldErrors?.email : undefined} />
          <Button type="submit" disabled={linkPending}>
            {linkPending ? t("sendingLink") : t("sendLink")}
          </Button>
        </form>
      )}
    </div>
  );
}
