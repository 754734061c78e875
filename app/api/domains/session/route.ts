import { NextResponse } from "next/server";
import { safeCallbackPath } from "@/lib/actions/safe-redirect";
import { redeemSignInPass } from "@/lib/domains/sign-in-pass";
import { SESSION_MAX_AGE_SECONDS, sealSession, sessionCookieName } from "@/lib/domains/session-cookie";

/**
 * On a company's own domain: redeems the one-time pass made on Kizuna's address and writes this domain's session
 * cookie, limited to that company (decisions/032). A pass that is used, late or for another domain signs nobody in:
 * the visitor lands on the site's public page.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const pass = url.searchParams.get("pass") ?? "";
  const next = safeCallbackPath(url.searchParams.get("next"), "/");
  const host = (request.headers.get("host") ?? "").replace(/:\d+$/, "").toLowerCase();
  const claims = pass && pass.length <= 100 ? await redeemSignInPass(pass, host) : null;
  // Relative: the browser stays on the company's domain (the request's own URL names the server, not the domain).
  if (!claims) {
    return new NextResponse(null, { status: 303, headers: { location: "/" } });
  }
  const cookie = sessionCookieName(request.headers.get("x-forwarded-proto"));
  const response = new NextResponse(null, { status: 303, headers: { location: next } });
  response.cookies.set(cookie.name, await sealSession(claims as never, cookie.name), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: cookie.secure,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  return response;
}
