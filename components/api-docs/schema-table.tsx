import { getTranslations } from "next-intl/server";

export type SchemaRow = { name: string; type: string; required: boolean; description: string };

/** The fields of a schema or the parameters of an endpoint, as the API reference lists them. */
export async function SchemaTable({ rows }: { rows: SchemaRow[] }) {
  const t = await getTranslations("api");
  if (rows.length === 0) {
    return null;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2">{t("field")}</th>
            <th scope="col" className="px-3 py-2">{t("type")}</th>
            <th scope="col" className="px-3 py-2">{t("required")}</th>
            <th scope="col" className="px-3 py-2">{t("description")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name} className="border-t border-stone-200 align-top">
              <td className="px-3 py-2 font-mono">{r.name}</td>
              <td className="px-3 py-2 font-mono text-xs">{r.type}</td>
              <td className="px-3 py-2">{r.required ? t("yes") : ""}</td>
              <td className="px-3 py-2 text-stone-700">{r.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
