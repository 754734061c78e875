import "server-only";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { guardedLookupWith, refusedAddress } from "@/lib/feed/safe-fetch";
import { webhookLoopbackAllowed } from "./url";

export const TIMEOUT_MS = 10_000;
const EXCERPT_BYTES = 500;

export type PostOutcome = { status: number | null; error: string | null; excerpt: string | null; durationMs: number };

/**
 * POSTs one signed delivery: 10 seconds for the whole exchange, no redirects (a 3xx is a failure, as the signature
 * names the URL's owner), only the first 500 bytes of the answer kept. Every address is checked as the socket
 * connects, so a name resolving into our network is refused (lib/feed/safe-fetch.ts).
 */
export function postWebhook(raw: string, headers: Record<string, string>, body: string): Promise<PostOutcome> {
  const started = Date.now();
  const done = (status: number | null, error: string | null, excerpt: string | null = null): PostOutcome => ({ status, error, excerpt, durationMs: Date.now() - started });
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return Promise.resolve(done(null, "invalid URL"));
  }
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(literal) && refusedAddress(literal, webhookLoopbackAllowed)) {
    return Promise.resolve(done(null, "refused: private address"));
  }
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: PostOutcome) => {
      if (!settled) {
        settled = true;
        resolve(outcome);
      }
    };
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(url, {
      method: "POST",
      // A new connection each time: a kept-alive socket would skip the address check below.
      agent: false,
      lookup: guardedLookupWith(webhookLoopbackAllowed),
      timeout: TIMEOUT_MS,
      headers: { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body), "user-agent": "Kizuna-Webhooks/1.0" },
    }, (response) => {
      const status = response.statusCode ?? 0;
      const chunks: Buffer[] = [];
      let size = 0;
      const excerpt = () => Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString("utf8").replace(/\uFFFD+$/, "");
      response.on("data", (chunk: Buffer) => {
        if (size < EXCERPT_BYTES) {
          chunks.push(chunk);
        }
        size += chunk.length;
        if (size >= EXCERPT_BYTES) {
          response.destroy();
          finish(done(status, null, excerpt()));
        }
      });
      response.on("end", () => finish(done(status, null, excerpt())));
      response.on("error", () => finish(done(status, null, excerpt())));
    });
    const timer = setTimeout(() => request.destroy(new Error("timed out after 10 s")), TIMEOUT_MS);
    request.on("close", () => clearTimeout(timer));
    request.on("timeout", () => request.destroy(new Error("timed out after 10 s")));
    request.on("error", (error: NodeJS.ErrnoException) => finish(done(null, error.code === "EPRIVATE" ? "refused: private address" : error.message.slice(0, 200))));
    request.end(body);
  });
}
