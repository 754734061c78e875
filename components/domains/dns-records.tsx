import { getTranslations } from "next-intl/server";
import { challengeName, challengeValue } from "@/lib/domains/dns-check";

/** The two records the company adds at its DNS provider: one that routes its address to us, one that proves it. */
export async function DnsRecords({ hostname, token, target }: { hostname: string; token: string; target: string | null }) {
  const t = await getTranslations("domains");
  const records = [
    { type: "CNAME", name: hostname, value: target ?? t("yourServer"), hint: t("cnameHint") },
    { type: "TXT", name: challengeName(hostname), value: challengeValue(token), hint: t("txtHint") },
  ];
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-stone-600">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">{t("type")}</th>
            <th scope="col" className="py-2 pr-4 font-medium">{t("name")}</th>
            <th scope="col" className="py-2 font-medium">{t("value")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {records.map((record) => (
            <tr key={record.type} className="align-top">
              <td className="py-2 pr-4 font-mono">{record.type}</td>
              <td className="py-2 pr-4 font-mono break-all select-all">{record.name}</td>
              <td className="py-2">
                <code className="block font-mono break-all select-all">{record.value}</code>
                <span className="text-xs text-stone-600">{record.hint}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
