"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { expressInterestAction, withdrawInterestAction } from "@/lib/actions/opportunity-interest";
import { failureText } from "@/lib/actions/result";

type Props = { tenant: string; postingId: string; mine: { id: string; note: string | null } | null; open: boolean };

/** One click "interested" with an optional note; once interested, update the note or withdraw. */
export function InterestForm({ tenant, postingId, mine, open }: Props) {
  const t = useTranslations("opportunities.portal");
  const [state, action, pending] = useActionState(expressInterestAction, null);
  const [withdrawn, withdraw, withdrawing] = useActionState(withdrawInterestAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <div className="flex flex-col gap-3">
      <FormAlert message={failureText(state) ?? failureText(withdrawn)} />
      <FormAlert tone="success" message={state?.ok ? state.message : withdrawn?.ok ? withdrawn.message : undefined} />
      {mine ? <p className="text-sm font-semibold text-emerald-800">{t("youAreInterested")}</p> : null}
      {open ? (
        <form action={action} className="flex flex-col gap-3" noValidate>
          <input type="hidden" name="tenant" value={tenant} />
          <input type="hidden" name="postingId" value={postingId} />
          <TextAreaField label={t("note")} name="note" defaultValue={failed?.values?.note ?? mine?.note ?? ""} hint={t("noteHint")} error={failed?.fieldErrors?.note} />
          <div>
            <Button type="submit" disabled={pending}>{mine ? t("updateNote") : t("interested")}</Button>
          </div>
        </form>
      ) : (
        <p className="text-sm text-stone-700">{t("closedNow")}</p>
      )}
      {mine ? <WithdrawButton tenant={tenant} interestId={mine.id} action={withdraw} pending={withdrawing} /> : null}
    </div>
  );
}

function WithdrawButton({ tenant, interestId, action, pending }: { tenant: string; interestId: string; action: (form: FormData) => void; pending: boolean }) {
  const t = useTranslations("opportunities.portal");
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t("withdrawConfirm"))) {
          event.preventDefault();
        }
      }}
    >
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="interestId" value={interestId} />
      <Button type="submit" variant="ghost" disabled={pending}>{t("withdraw")}</Button>
    </form>
  );
}

/** Withdraw from "my interests". */
export function WithdrawInterest({ tenant, interestId }: { tenant: string; interestId: string }) {
  const [state, action, pending] = useActionState(withdrawInterestAction, null);
  return (
    <div className="flex flex-col gap-1">
      <FormAlert message={failureText(state)} />
      <WithdrawButton tenant={tenant} interestId={interestId} action={action} pending={pending} />
    </div>
  );
}
