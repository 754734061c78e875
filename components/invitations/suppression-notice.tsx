import { getFormatter, getTranslations } from "next-intl/server";
import { LiftSuppressionButton } from "./lift-suppression-button";

type Props = { tenant: string; entryId: string; email: string; suppression: { reason: "BOUNCED" | "COMPLAINED"; createdAt: Date } };

/** Tells HR that Kizuna will not mail this address, why, and (for a bounce) lets them lift the block. */
export async function SuppressionNotice({ tenant, entryId, email, suppression }: Props) {
  const [t, format] = await Promise.all([getTranslations("bounces"), getFormatter()]);
  const date = format.dateTime(suppression.createdAt, { dateStyle: "medium" });
  return (
    <div role="status" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      {suppression.reason === "BOUNCED" ? (
        <>
          <p className="font-semibold">{t("blocked", { email, date })}</p>
          <LiftSuppressionButton tenant={tenant} entryId={entryId} />
        </>
      ) : (
        <p className="font-semibold">{t("complained", { email, date })}</p>
      )}
    </div>
  );
}
