import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { surveysForMember } from "@/lib/surveys/queries";
import type { TenantContext } from "@/lib/tenancy/resolve";

/** On the portal home: the surveys this member has not answered yet, one link each. */
export async function WaitingSurveys({ context }: { context: TenantContext }) {
  const waiting = (await surveysForMember(context)).filter((s) => !s.answered);
  if (waiting.length === 0) {
    return null;
  }
  const t = await getTranslations("surveys.portal");
  return (
    <section aria-labelledby="waiting-surveys" className="mt-6 rounded-lg border border-brand-200 bg-brand-50 p-4">
      <h2 id="waiting-surveys" className="font-semibold">{t("waiting", { count: waiting.length })}</h2>
      <ul className="mt-2 flex flex-col gap-1">
        {waiting.map((s) => (
          <li key={s.id}>
            <Link href={`/${context.tenant.slug}/surveys/${s.id}`} className="font-medium text-brand-800 underline">{s.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
