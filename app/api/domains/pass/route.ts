import { NextResponse } from "next/server";
import { readSessionToken } from "@/lib/auth/session-token";
import { db } from "@/lib/db";
import { issueSignInPass } from "@/lib/domains/sign-in-pass";
import { sessionCookieName } from "@/lib/domains/session-cookie";
import { env } from "@/lib/env";

/**
 * On Kizuna's own address, after signing in: carries the session to the company's domain named by `to` (where the
 * visitor started), by a one-time pass that domain redeems at /api/domains/session (decisions/032). Signed out, it
 * asks for sign-in first; a person who is not a member of that company is sent back without a session.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const to = parseTarget(url.searchParams.get("to"));
  if (!to) {
    return new NextResponse(null, { status: 404 });
  }
  const { secure } = sessionCookieName(request.headers.get("x-forwarded-proto"));
  const token = await readSessionToken(request.headers.get("cookie") ?? "", secure, env().AUTH_SECRET);
  if (!token?.sub) {
    const back = `${url.pathname}${url.search}`;
    return new NextResponse(null, { status: 303, headers: { location: `/signin?callbackUrl=${encodeURIComponent(back)}` } });
  }
  const member = await db.membership.findFirst({
    where: { userId: token.sub, status: "ACTIVE", tenant: { domain: { hostname: to.hostname, verifiedAt: { not: null } } } },
    select: { tenantId: true },
  });
  if (!member) {
    return NextResponse.redirect(to, 303);
  }
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  const pass = await issueSignInPass(token.sub, to.hostname, { ...claims, siteTenantId: member.tenantId } as never);
  if (!pass) {
    return new NextResponse(null, { status: 404 });
  }
  const redeem = new URL("/api/domains/session", to.origin);
  redeem.searchParams.set("pass", pass);
  redeem.searchParams.set("next", `${to.pathname}${to.search}`);
  return NextResponse.redirect(redeem, 303);
}

function parseTarget(value: string | null): URL | null {
  if (!value || value.length > 2_000) {
    return null;
  }
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}
