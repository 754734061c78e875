import { getTranslations } from "next-intl/server";
import type { SharedHistory } from "@/lib/directory/shared-history";

/** "You were both in 営業部, 2015–2018." — what two alumni have in common at the company. */
export async function SharedHistoryNote({ shared }: { shared: SharedHistory }) {
  const t = await getTranslations("directory.sharedHistory");
  const oneYear = shared.from === shared.to;
  const text = shared.department
    ? t(oneYear ? "sameYear" : "sameDepartment", { department: shared.department, from: String(shared.from), to: String(shared.to) })
    : t(oneYear ? "sameCompanyYear" : "sameCompany", { from: String(shared.from), to: String(shared.to) });
  return (
    <section aria-labelledby="shared-history" className="mt-6 rounded-md bg-brand-50 px-4 py-3">
      <h2 id="shared-history" className="text-sm font-semibold text-brand-900">{t("title")}</h2>
      <p className="mt-1 text-stone-800">{text}</p>
    </section>
  );
}
