import "server-only";
import { lookup } from "node:dns";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";

// Fetching a URL a member wrote, from inside our network: the request must never reach the server itself, the
// cloud's metadata service or anything else private (SSRF). The address is checked at connection time, in the
// socket's own DNS lookup, so a name that resolves differently a second time (DNS rebinding) gains nothing.

// Two lists: one BlockList holding both families also matches IPv4 addresses against IPv4-mapped IPv6 rules.
const blocked4 = new BlockList();
const blocked6 = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) {
  blocked4.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["64:ff9b::", 96]] as const) {
  blocked6.addSubnet(net, prefix, "ipv6");
}

/** Whether an address is private, loopback, link-local or otherwise not the public internet. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) {
    return blocked4.check(address, "ipv4");
  }
  if (family === 6) {
    // An IPv4-mapped address is judged as the IPv4 address it carries; one written in hex is refused outright.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped?.[1]) {
      return blocked4.check(mapped[1], "ipv4");
    }
    return /^::ffff:/i.test(address) || blocked6.check(address, "ipv6");
  }
  return true;
}

// Tests point previews at a server on this machine: the override opens loopback only, never the private network
// or the cloud's metadata address. Nothing but tests should set it.
const allowLoopback = () => process.env.KIZUNA_LINK_PREVIEW_ALLOW_LOOPBACK === "1";
const isLoopback = (address: string) => /^127\./.test(address) || address === "::1" || /^::ffff:127\./i.test(address);

/** Whether a connection to this address is refused, given the caller's own test override for loopback. */
export function refusedAddress(address: string, loopbackAllowed: () => boolean): boolean {
  return isPrivateAddress(address) && !(loopbackAllowed() && isLoopback(address));
}

/** A DNS lookup for sockets that fails on any refused address (outgoing webhooks use it with their own override). */
export function guardedLookupWith(loopbackAllowed: () => boolean): LookupFunction {
  return (hostname, options, callback) => guardLookup(hostname, options, callback, (address) => refusedAddress(address, loopbackAllowed));
}

function guardLookup(hostname: string, options: Parameters<LookupFunction>[1], callback: Parameters<LookupFunction>[2], refused: (address: string) => boolean) {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) {
      return callback(error, "", 4);
    }
    const list = addresses as { address: string; family: number }[];
    if (list.some((a) => refused(a.address))) {
      return callback(Object.assign(new Error(`refused private address for ${hostname}`), { code: "EPRIVATE" }), "", 4);
    }
    if (options.all) {
      return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
    }
    const first = list[0];
    if (!first) {
      return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "", 4);
    }
    callback(null, first.address, first.family);
  });
}

export type Fetched = { status: number; contentType: string; body: Buffer; url: string };

/**
 * GET a public http(s) URL: at most `maxBytes` of body (the rest is not read), `timeoutMs` for the whole exchange,
 * up to three redirects (each checked again). Null when refused, too slow, or anything else went wrong.
 */
export async function safeGet(
  raw: string,
  // Another caller (the SSO issuer check) passes its own loopback switch.
  { maxBytes, timeoutMs, accept, allowLoopback: loopback = allowLoopback() }: { maxBytes: number; timeoutMs: number; accept: string; allowLoopback?: boolean },
): Promise<Fetched | null> {
  const refused = (address: string) => refusedAddress(address, () => loopback);
  const deadline = Date.now() + timeoutMs;
  let current = raw;
  for (let hop = 0; hop < 4; hop++) {
    let url: URL;
    try {
      url = new URL(current);
    } catch {
      return null;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return null;
    }
    const literal = url.hostname.replace(/^\[|\]$/g, "");
    if (isIP(literal) && refused(literal)) {
      return null;
    }
    const answer = await getOnce(url, maxBytes, Math.max(1, deadline - Date.now()), accept, guardedLookupWith(() => loopback));
    if (!answer) {
      return null;
    }
    if ("redirect" in answer) {
      current = new URL(answer.redirect, url).toString();
      continue;
    }
    return { ...answer, url: url.toString() };
  }
  return null;
}

function getOnce(url: URL, maxBytes: number, timeoutMs: number, accept: string, guardedLookup: LookupFunction): Promise<Omit<Fetched, "url"> | { redirect: string } | null> {
  return new Promise((resolve) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.get(url, { lookup: guardedLookup, timeout: timeoutMs, headers: { accept, "user-agent": "KizunaLinkPreview/1.0", "accept-language": "ja,en;q=0.8" } }, (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        resolve({ redirect: response.headers.location });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        chunks.push(chunk);
        if (size >= maxBytes) {
          response.destroy();
          resolve({ status, contentType: String(response.headers["content-type"] ?? ""), body: Buffer.concat(chunks).subarray(0, maxBytes) });
        }
      });
      response.on("end", () => resolve({ status, contentType: String(response.headers["content-type"] ?? ""), body: Buffer.concat(chunks) }));
      response.on("error", () => resolve(null));
    });
    const timer = setTimeout(() => request.destroy(), timeoutMs);
    request.on("close", () => clearTimeout(timer));
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(null));
  });
}
