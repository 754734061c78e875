import Papa from "papaparse";
import { getTranslations } from "next-intl/server";
import { surveyAnswerRows } from "@/lib/surveys/export";
import { tenantRouteContext } from "@/lib/tenancy/guard";

type Params = { params: Promise<{ tenant: string; id: string }> };

/** A survey's answers as CSV for Excel (UTF-8 with a BOM): one row per answer; no names when anonymous. */
export async function GET(_request: Request, { params }: Params) {
  const { tenant, id } = await params;
  const context = await tenantRouteContext(tenant, "analytics.view");
  const t = await getTranslations("surveys.csvColumns");
  const rows = context ? await surveyAnswerRows(context, id, (key) => t(key as never)) : null;
  if (!context || !rows) {
    return new Response("Not found", { status: 404 });
  }
  return new Response(`\uFEFF${Papa.unparse(rows, { newline: "\r\n" })}\r\n`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="survey-${id}.csv"`,
      "cache-control": "no-store",
    },
  });
}
