import "server-only";
import { lookup } from "node:dns";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";

// Fetching a URL a member wrote, from inside our network: the request must never reach the server itself, the
// cloud's metadata service or anything else private (SSRF). The address is checked at connection time, in the
// socket's own DNS lookup, so a name that resolves differently a second time (DNS rebinding) gains nothing.

const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["::ffff:0:0", 96], ["64:ff9b::", 96]] as const) {
  blocked.addSubnet(net, prefix, "ipv6");
}

/** Whether an address is private, loopback, link-local or otherwise not the public internet. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) {
    return blocked.check(address, "ipv4");
  }
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    return mapped?.[1] ? blocked.check(mapped[1], "ipv4") : blocked.check(address, "ipv6");
  }
  return true;
}

// Tests point previews at a server on localhost; nothing else should ever set this.
const allowPrivate = () => process.env.KIZUNA_LINK_PREVIEW_ALLOW_PRIVATE === "1";

const guardedLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) {
      return callback(error, "", 4);
    }
    const list = addresses as { address: string; family: number }[];
    const refused = list.find((a) => isPrivateAddress(a.address));
    if (refused && !allowPrivate()) {
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
};

export type Fetched = { status: number; contentType: string; body: Buffer; url: string };

/**
 * GET a public http(s) URL: at most `maxBytes` of body (the rest is not read), `timeoutMs` for the whole exchange,
 * up to three redirects (each checked again). Null when refused, too slow, or anything else went wrong.
 */
export async function safeGet(raw: string, { maxBytes, timeoutMs, accept }: { maxBytes: number; timeoutMs: number; accept: string }): Promise<Fetched | null> {
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
    if (isIP(url.hostname.replace(/^\[|\]$/g, "")) && isPrivateAddress(url.hostname.replace(/^\[|\]$/g, "")) && !allowPrivate()) {
      return null;
    }
    const answer = await getOnce(url, maxBytes, Math.max(1, deadline - Date.now()), accept);
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

function getOnce(url: URL, maxBytes: number, timeoutMs: number, accept: string): Promise<Omit<Fetched, "url"> | { redirect: string } | null> {
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
