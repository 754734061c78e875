import Papa from "papaparse";
import { getTranslations } from "next-intl/server";
import { METRIC_TABLES, metricTableRows, type MetricTable } from "@/lib/analytics/metric-tables";
import { tenantRouteContext } from "@/lib/tenancy/guard";

type Params = { params: Promise<{ tenant: string; table: string }> };

/** One of the dashboard's tables as CSV for Excel (UTF-8 with a BOM, CRLF). */
export async function GET(_request: Request, { params }: Params) {
  const { tenant, table } = await params;
  const context = await tenantRouteContext(tenant, "analytics.view");
  if (!context || !(METRIC_TABLES as readonly string[]).includes(table)) {
    return new Response("Not found", { status: 404 });
  }
  const t = await getTranslations("metrics.columns");
  const rows = await metricTableRows(context, table as MetricTable, (key) => t(key as never), t("none"));
  const fileName = `${table}-${context.tenant.slug}-${new Date().toISOString().slice(0, 10)}.csv`;
  return new Response(`\uFEFF${Papa.unparse(rows, { newline: "\r\n" })}\r\n`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
}
