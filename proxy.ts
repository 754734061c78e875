import { NextResponse, type NextRequest } from "next/server";
import { appHostname } from "@/lib/domains/app-origin";
import { tenantSlugForHost } from "@/lib/domains/lookup";
import { hostnameOf, mightBeCompanyHost, siteRoute } from "@/lib/domains/site-routing";
import { cameOverHttps, contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/http/security-headers";

// Every request: passes the requested path to server components (layouts cannot read it), so a signed-out
// visitor can be sent to sign-in and back and the tenant slug can pick the default language; and sets the
// security headers, with a fresh script nonce that Next.js reads from the request's CSP and puts on its own
// scripts (decision 019: this is why every page renders per request).
export async function proxy(request: NextRequest) {
  const rewrite = await companySite(request);
  const nonce = newNonce();
  const deployment = { production: process.env.NODE_ENV === "production", https: cameOverHttps(request.nextUrl, request.headers.get("x-forwarded-proto")) };
  const headers = securityHeaders(nonce, deployment);
  const forwarded = new Headers(request.headers);
  // On a company's domain, the path as the app sees it (with the company's slug); /api/domains/leave reads the
  // path that was asked for.
  const pathname = rewrite && rewrite !== LEAVE ? rewrite : request.nextUrl.pathname;
  forwarded.set("x-kizuna-path", `${pathname}${request.nextUrl.search}`);
  forwarded.set("x-nonce", nonce);
  forwarded.set("content-security-policy", contentSecurityPolicy(nonce, deployment));
  const response = rewrite
    ? NextResponse.rewrite(new URL(`${rewrite}${rewrite === LEAVE ? "" : request.nextUrl.search}`, request.nextUrl), { request: { headers: forwarded } })
    : NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) {
    response.headers.set(name, value);
  }
  return response;
}

// A request on a company's own, verified domain (decisions/032): the path it is served from — the company's page,
// or /api/domains/leave, which sends sign-in and account pages to Kizuna's address. (A redirect made here would
// be turned relative by Next.js whenever Kizuna's address is the server's own, so the route makes it.)
const LEAVE = "/api/domains/leave";

async function companySite(request: NextRequest): Promise<string | null> {
  const hostname = hostnameOf(request.headers.get("host"));
  if (!hostname || !mightBeCompanyHost(hostname, appHostname())) {
    return null;
  }
  const slug = await tenantSlugForHost(hostname);
  if (!slug) {
    return null;
  }
  const route = siteRoute(request.nextUrl.pathname, slug);
  return route.kind === "as-is" ? null : route.kind === "rewrite" ? route.pathname : LEAVE;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/health|api/ready).*)"],
};
