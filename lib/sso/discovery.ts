import "server-only";
import { safeGet } from "@/lib/feed/safe-fetch";
import { issuerUrlShapeOk, ssoLoopbackAllowed } from "./issuer-address";

export type DiscoveryProblem = "issuerUrl" | "unreachable" | "notDiscovery" | "issuerMismatch" | "insecureEndpoint";

export type Discovery = { ok: true; issuer: string } | { ok: false; problem: DiscoveryProblem };

/** The issuer as typed, without the trailing slash Auth.js would double before `/.well-known/…`. */
export const normalizeIssuer = (raw: string) => raw.trim().replace(/\/+$/, "");

const discoveryUrl = (issuer: string) => `${normalizeIssuer(issuer)}/.well-known/openid-configuration`;

/**
 * "Test connection": fetches the issuer's discovery document through the SSRF guard and checks what sign-in will
 * need of it — the same issuer (OpenID Connect Discovery §4.3), and https endpoints for authorization, tokens
 * and keys. Says what is wrong in words an admin can act on (the problem keys are translated by the form).
 */
export async function discoverIssuer(raw: string): Promise<Discovery> {
  const issuer = normalizeIssuer(raw);
  if (!issuerUrlShapeOk(issuer)) {
    return { ok: false, problem: "issuerUrl" };
  }
  const fetched = await safeGet(discoveryUrl(issuer), { maxBytes: 256 * 1024, timeoutMs: 8_000, accept: "application/json", allowLoopback: ssoLoopbackAllowed() });
  if (!fetched || fetched.status !== 200) {
    return { ok: false, problem: "unreachable" };
  }
  let document: Record<string, unknown>;
  try {
    document = JSON.parse(fetched.body.toString("utf8")) as Record<string, unknown>;
  } catch {
    return { ok: false, problem: "notDiscovery" };
  }
  const endpoints = [document.authorization_endpoint, document.token_endpoint, document.jwks_uri];
  if (typeof document.issuer !== "string" || endpoints.some((e) => typeof e !== "string")) {
    return { ok: false, problem: "notDiscovery" };
  }
  if (normalizeIssuer(document.issuer) !== issuer) {
    return { ok: false, problem: "issuerMismatch" };
  }
  if (endpoints.some((e) => !URL.canParse(String(e)) || !issuerUrlShapeOk(`${new URL(String(e)).origin}/`))) {
    return { ok: false, problem: "insecureEndpoint" };
  }
  return { ok: true, issuer: document.issuer };
}
