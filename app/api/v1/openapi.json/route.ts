import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

/** The REST API's OpenAPI 3.1 document: public, like any API reference. */
export function GET(request: Request) {
  return Response.json(openApiDocument(new URL(request.url).origin), { headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" } });
}
