import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ImportButton } from "@/components/roster/import-button";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { Stat } from "@/components/ui/stat";
import { ROSTER_FIELDS, ROSTER_TABLE_COLUMNS, type ColumnMapping } from "@/lib/roster/columns";
import { previewRoster } from "@/lib/roster/preview";
import { getRosterImport } from "@/lib/roster/queries";
import { RosterFileError } from "@/lib/roster/read-csv";
import { readRosterUpload } from "@/lib/roster/storage";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "roster.manage");
  return { title: (await getTranslations("roster.preview"))("title") };
}

/** The mapping chosen in the form (?map_name=1…), when the person has changed it. */
function mappingFrom(query: Record<string, string | undefined>): ColumnMapping | undefined {
  if (!ROSTER_FIELDS.some((field) => `map_${field}` in query)) {
    return undefined;
  }
  const mapping: ColumnMapping = {};
  for (const field of ROSTER_FIELDS) {
    const value = query[`map_${field}`];
    if (value && /^\d+$/.test(value)) {
      mapping[field] = Number(value);
    }
  }
  return mapping;
}

export default async function RosterPreviewPage({ params, searchParams }: Props) {
  const [{ tenant, id }, query] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant, "roster.manage");
  const run = await getRosterImport(context, id);
  if (!run || !run.storedPath) {
    notFound();
  }
  const [t, format] = await Promise.all([getTranslations("roster"), getFormatter()]);
  const base = `/${tenant}/admin/roster`;
  if (run.status === "DONE") {
    return (
      <Card>
        <p>{t("import.alreadyImported")}</p>
        <Link href={`${base}?imported=${run.id}`} className={buttonClasses("secondary", "mt-4")}>{t("backToRoster")}</Link>
      </Card>
    );
  }

  let preview;
  try {
    preview = await previewRoster(readRosterUpload(run.storedPath), mappingFrom(query) ?? (run.mapping as ColumnMapping | null) ?? undefined);
  } catch (error) {
    if (error instanceof RosterFileError) {
      return (
        <div className="flex flex-col gap-4">
          <h1 className="text-2xl font-bold">{t("preview.title")}</h1>
          <FormAlert message={t(`fileErrors.${error.code}`)} />
          <Link href={`${base}/import`} className={buttonClasses("secondary", "self-start")}>{t("preview.another")}</Link>
        </div>
      );
    }
    throw error;
  }
  const day = (d: Date | null) => (d ? format.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" }) : "");

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("preview.title")}</h1>
        <p className="text-stone-600">{t("preview.file", { name: run.fileName, encoding: preview.encoding === "shift_jis" ? "Shift_JIS" : "UTF-8" })}</p>
      </div>
      {run.status === "FAILED" ? <FormAlert message={t("preview.failedBefore")} /> : null}
      <dl className="grid grid-cols-3 gap-4">
        <Stat label={t("preview.rows")} value={format.number(preview.totalRows)} />
        <Stat label={t("preview.valid")} value={format.number(preview.validRows)} />
        <Stat label={t("preview.problems")} value={format.number(preview.problemRows)} />
      </dl>

      <Card>
        <h2 className="font-semibold">{t("preview.mapping")}</h2>
        <p className="mt-1 text-sm text-stone-600">{t("preview.mappingLead")}</p>
        <form className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {ROSTER_FIELDS.map((field) => (
            <div key={field} className="flex flex-col gap-1">
              <label htmlFor={`map-${field}`} className="text-sm font-medium">{t(`columns.${field}`)}</label>
              <select id={`map-${field}`} name={`map_${field}`} defaultValue={preview.mapping[field] ?? ""} className="rounded-md border border-stone-300 bg-white px-2 py-2">
                <option value="">{t("preview.notInFile")}</option>
                {preview.headers.map((header, index) => (
                  <option key={index} value={index}>{header || t("preview.column", { n: index + 1 })}</option>
                ))}
              </select>
            </div>
          ))}
          <div className="flex items-end">
            <button type="submit" className={buttonClasses("secondary")}>{t("preview.apply")}</button>
          </div>
        </form>
      </Card>

      {preview.problems.length ? (
        <section aria-labelledby="problems">
          <h2 id="problems" className="font-semibold">{t("preview.problemsTitle", { count: preview.problemRows })}</h2>
          <p className="text-sm text-stone-600">{t("preview.problemsLead")}</p>
          <div className="mt-2 overflow-x-auto rounded-lg border border-red-200 bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-red-50 text-red-900">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("preview.row")}</th>
                  <th scope="col" className="px-3 py-2">{t("preview.problem")}</th>
                  <th scope="col" className="px-3 py-2">{t("preview.content")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.problems.map((p) => (
                  <tr key={p.row} className="border-t border-red-100">
                    <td className="px-3 py-2 tabular-nums">{p.row}</td>
                    <td className="px-3 py-2">{p.problems.map((code) => t(`rowProblems.${code}`, { row: p.duplicateOf ?? 0 })).join(" ")}</td>
                    <td className="px-3 py-2 text-stone-600">{p.cells.join(" | ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {preview.sample.length ? (
        <section aria-labelledby="sample">
          <h2 id="sample" className="font-semibold">{t("preview.sample")}</h2>
          <div className="mt-2 overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-stone-100">
                <tr>
                  {ROSTER_TABLE_COLUMNS.map((c) => (
                    <th key={c} scope="col" className="px-3 py-2">{t(`columns.${c}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.sample.map((e, i) => (
                  <tr key={i} className="border-t border-stone-200">
                    <td className="px-3 py-2">{e.employeeNumber}</td>
                    <td className="px-3 py-2">{e.name}</td>
                    <td className="px-3 py-2">{e.email}</td>
                    <td className="px-3 py-2">{e.department}</td>
                    <td className="px-3 py-2">{day(e.joinedOn)}</td>
                    <td className="px-3 py-2">{day(e.leftOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <Card>
        <p className="mb-3 text-sm text-stone-700">{t("preview.importLead", { skipped: preview.problemRows })}</p>
        <ImportButton tenant={tenant} importId={run.id} mapping={Object.fromEntries(ROSTER_FIELDS.map((f) => [f, preview.mapping[f]]))} validRows={preview.validRows} totalRows={preview.totalRows} />
      </Card>
    </div>
  );
}
