import { getTranslations } from "next-intl/server";
import { readAlumniFilters } from "@/lib/members/filters";
import { alumniCsvStream } from "@/lib/members/export-csv";
import { getSegment } from "@/lib/segments/queries";
import { tenantRouteContext } from "@/lib/tenancy/guard";

type Params = { params: Promise<{ tenant: string }> };

/** The alumni list as CSV: the filters in the URL, or a saved segment's (`?segment=<id>`, 404 if not this company's). */
export async function GET(request: Request, { params }: Params) {
  const context = await tenantRouteContext((await params).tenant, "alumni.read");
  if (!context) {
    return new Response("Not found", { status: 404 });
  }
  const search = Object.fromEntries(new URL(request.url).searchParams);
  let filters = readAlumniFilters(search);
  let name = "alumni";
  if (search.segment !== undefined) {
    const segment = await getSegment(context, search.segment);
    if (!segment) {
      return new Response("Not found", { status: 404 });
    }
    filters = segment.filters;
    name = "segment";
  }
  const { after: _page, ...all } = filters;
  const [t, ts] = await Promise.all([getTranslations("alumniAdmin"), getTranslations("alumniAdmin.states")]);
  const headers = [
    t("columns.name"), t("columns.nameKana"), t("columns.email"), t("columns.department"), t("columns.leftOn"),
    t("columns.registeredAt"), t("columns.state"), t("openToReturn"), t("roster"),
  ];
  const fileName = `${name}-${context.tenant.slug}-${new Date().toISOString().slice(0, 10)}.csv`;
  const body = alumniCsvStream(context, all, {
    headers, state: (s) => ts(s), yes: t("openYes"), no: t("openNo"), formerMember: t("formerMember"),
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
}
