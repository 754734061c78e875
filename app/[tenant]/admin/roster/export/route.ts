import { getTranslations } from "next-intl/server";
import { rosterCsvStream } from "@/lib/roster/export-csv";
import { tenantRouteContext } from "@/lib/tenancy/guard";

type Params = { params: Promise<{ tenant: string }> };

export async function GET(_request: Request, { params }: Params) {
  const context = await tenantRouteContext((await params).tenant, "roster.manage");
  if (!context) {
    return new Response("Not found", { status: 404 });
  }
  const t = await getTranslations("roster.columns");
  const headers = [t("employeeNumber"), t("name"), t("nameKana"), t("email"), t("department"), t("joinedOn"), t("leftOn")];
  const fileName = `roster-${context.tenant.slug}-${new Date().toISOString().slice(0, 10)}.csv`;
  return new Response(rosterCsvStream(context, headers), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
}
