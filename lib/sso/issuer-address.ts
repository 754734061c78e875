import "server-only";
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { isPrivateAddress } from "@/lib/feed/safe-fetch";

// An issuer is a URL an admin typed, fetched from inside our network: like a link preview, it must never reach
// the server itself or anything private (SSRF). Tests run a real OpenID provider on this machine: the override
// opens loopback only, and nothing but tests should set it.
export const ssoLoopbackAllowed = () => process.env.KIZUNA_SSO_ALLOW_LOOPBACK === "1";

const isLoopback = (address: string) => /^127\./.test(address) || address === "::1" || /^::ffff:127\./i.test(address);

/** Whether a URL is fit to be an issuer or one of its endpoints: https (http only on an allowed loopback). */
export function issuerUrlShapeOk(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) {
    return false;
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const loopback = host === "localhost" || (isIP(host) > 0 && isLoopback(host));
  return url.protocol === "https:" || (url.protocol === "http:" && loopback && ssoLoopbackAllowed());
}

async function reachesPrivate(hostname: string): Promise<boolean> {
  const host = hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  return addresses.length === 0 || addresses.some((a) => isPrivateAddress(a) && !(ssoLoopbackAllowed() && isLoopback(a)));
}

/**
 * Auth.js's fetch for a company's provider (discovery, token, keys, userinfo): refuses a host that resolves to a
 * private address. The name is resolved again by the connection itself, so this narrows rather than closes DNS
 * rebinding; the discovery check (./discovery.ts) pins the address at connection time.
 */
export const issuerFetch: typeof fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!issuerUrlShapeOk(`${url.origin}/`) || (await reachesPrivate(url.hostname))) {
    throw new Error(`Refused to reach ${url.origin} for single sign-on`);
  }
  return fetch(input, init);
};
