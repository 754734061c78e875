import "server-only";
import { consumeWithState } from "@/lib/abuse/limits";
import { findApiKey, type ApiCaller } from "./authenticate";
import { problem } from "./problem";
import type { ApiScope } from "./scopes";
import { bearerSecret } from "./secret";

type Handler = (request: Request, caller: ApiCaller) => Promise<Response>;

const REFUSALS = {
  unknown: "The API key is not valid.",
  revoked: "The API key was revoked.",
} as const;

/**
 * A REST API endpoint: the Bearer key decides the company (no company in the URL, so a key can address no other
 * company's rows), then its scope, then the per-key rate limit; the body runs only after all three. Every refusal
 * and every unexpected failure is a problem document (lib/api/problem.ts).
 */
export function apiRoute(scope: ApiScope, handler: Handler): (request: Request) => Promise<Response> {
  return async (request) => {
    const secret = bearerSecret(request.headers.get("authorization"));
    if (!secret) {
      return problem("unauthorized", "Send an API key as `Authorization: Bearer <key>`.");
    }
    const found = await findApiKey(secret);
    if (!found.ok) {
      return found.reason === "suspended"
        ? problem("suspended", "The platform operators suspended this company's network; its API is paused with it.")
        : problem("unauthorized", REFUSALS[found.reason], { headers: { "www-authenticate": 'Bearer realm="kizuna", error="invalid_token"' } });
    }
    const { caller } = found;
    if (!caller.scopes.has(scope)) {
      return problem("forbidden", `This endpoint needs the scope "${scope}"; the key's company admin can make a key that has it.`);
    }
    const rate = await consumeWithState("apiRequestsPerKey", caller.keyId);
    // The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers), plus Retry-After when refused.
    const rateHeaders = {
      "ratelimit-policy": `"per-key";q=${rate.limit};w=60`,
      ratelimit: `"per-key";r=${rate.remaining};t=${rate.resetSeconds}`,
    };
    if (rate.refused) {
      return problem("rate-limited", `This key may make ${rate.limit} requests a minute; try again in ${rate.resetSeconds} seconds.`, {
        headers: { ...rateHeaders, "retry-after": String(rate.resetSeconds) },
      });
    }
    let response: Response;
    try {
      response = await handler(request, caller);
    } catch (error) {
      console.error("REST API failure", error);
      response = problem("server-error", "The request could not be completed. Try again later.");
    }
    for (const [name, value] of Object.entries(rateHeaders)) {
      response.headers.set(name, value);
    }
    return response;
  };
}
