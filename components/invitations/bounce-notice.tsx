import { getFormatter, getTranslations } from "next-intl/server";

type Props = { invitation: { email: string; bouncedAt: Date | null; bounceReason: string | null }; currentEmail: string | null };

/** Tells HR the invitation never arrived, why, and what to do: correct the address, then send again. */
export async function BounceNotice({ invitation, currentEmail }: Props) {
  const [t, format] = await Promise.all([getTranslations("bounces"), getFormatter()]);
  const fixed = currentEmail !== null && currentEmail !== invitation.email;
  const reason = invitation.bounceReason === "suppressed" ? t("suppressed") : invitation.bounceReason;
  return (
    <div role="status" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
      <p className="font-semibold">{t("title", { email: invitation.email })}</p>
      {invitation.bouncedAt ? <p className="mt-1">{t("when", { date: format.dateTime(invitation.bouncedAt, { dateStyle: "medium", timeStyle: "short" }) })}</p> : null}
      {reason ? <p className="mt-1">{t("reason", { reason })}</p> : null}
      <p className="mt-2">{fixed ? t("fixed", { email: currentEmail }) : t("fix")}</p>
    </div>
  );
}
