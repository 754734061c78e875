import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A local Resend-compatible server for tests and the benchmark: the real SDK talks to it through RESEND_BASE_URL.
// It answers POST /emails and POST /emails/batch like Resend, including Idempotency-Key: the same key with the same
// body is answered with the first answer and delivers nothing again; the same key with another body is refused
// (409 invalid_idempotent_request), and while the first request is still being answered, 409
// concurrent_idempotent_requests. Every email it accepts counts as delivered to its recipient.

export type SunkEmail = {
  id: string;
  to: string;
  from: string;
  subject: string;
  html?: string;
  text?: string;
  headers?: Record<string, string>;
  idempotencyKey: string | null;
};

type Reply = { status: number; body: unknown; headers?: Record<string, string> };

export type ResendSink = {
  url: string;
  /** Every accepted email, in order (empty when started with `keep: false`). */
  emails: SunkEmail[];
  /** How many emails each address received. */
  perRecipient: Map<string, number>;
  /** Accepted emails in all. */
  delivered: () => number;
  /** Requests received (including replays and refused ones), by path. */
  requests: { path: string; idempotencyKey: string | null; status: number }[];
  /** The next requests get these answers instead (e.g. a 429 with Retry-After), first in first out. */
  failNext: (...replies: Reply[]) => void;
  /** Milliseconds each request waits before it is answered (a slow provider; lets a test kill a sender mid-call). */
  setDelay: (ms: number) => void;
  close: () => Promise<void>;
};

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });

type Outgoing = { from: string; to: string | string[]; subject: string; html?: string; text?: string; headers?: Record<string, string> };

export async function startResendSink(options: { keep?: boolean; port?: number } = {}): Promise<ResendSink> {
  const keep = options.keep ?? true;
  const emails: SunkEmail[] = [];
  const perRecipient = new Map<string, number>();
  const requests: ResendSink["requests"] = [];
  const injected: Reply[] = [];
  const answered = new Map<string, { hash: string; reply: Reply }>();
  const inFlight = new Set<string>();
  let delivered = 0;
  let sequence = 0;
  let delayMs = 0;

  const accept = (email: Outgoing, idempotencyKey: string | null): string => {
    const id = `re_sink_${++sequence}`;
    for (const to of Array.isArray(email.to) ? email.to : [email.to]) {
      perRecipient.set(to.toLowerCase(), (perRecipient.get(to.toLowerCase()) ?? 0) + 1);
    }
    delivered++;
    if (keep) {
      emails.push({ id, to: Array.isArray(email.to) ? email.to.join(",") : email.to, from: email.from, subject: email.subject, html: email.html, text: email.text, headers: email.headers, idempotencyKey });
    }
    return id;
  };

  const handle = (path: string, body: string, idempotencyKey: string | null): Reply => {
    const failure = injected.shift();
    if (failure) {
      return failure;
    }
    const parsed = JSON.parse(body) as Outgoing | Outgoing[];
    if (path === "/emails/batch") {
      const batch = parsed as Outgoing[];
      if (!Array.isArray(batch) || batch.length === 0 || batch.length > 100) {
        return { status: 422, body: { statusCode: 422, name: "validation_error", message: "A batch holds 1 to 100 emails" } };
      }
      return { status: 200, body: { data: batch.map((email) => ({ id: accept(email, idempotencyKey) })) } };
    }
    if (path === "/emails") {
      return { status: 200, body: { id: accept(parsed as Outgoing, idempotencyKey) } };
    }
    return { status: 404, body: { statusCode: 404, name: "not_found", message: "Not found" } };
  };

  const server: Server = createServer(async (request, response) => {
    const body = await readBody(request);
    const path = (request.url ?? "").split("?")[0]!;
    const key = typeof request.headers["idempotency-key"] === "string" ? request.headers["idempotency-key"] : null;
    let reply: Reply;
    const wait = () => (delayMs > 0 ? new Promise((resolve) => setTimeout(resolve, delayMs)) : Promise.resolve());
    if (key) {
      const hash = createHash("sha256").update(`${path}\n${body}`).digest("hex");
      const earlier = answered.get(key);
      if (earlier) {
        reply = earlier.hash === hash ? earlier.reply : { status: 409, body: { statusCode: 409, name: "invalid_idempotent_request", message: "Same idempotency key used with a different request" } };
      } else if (inFlight.has(key)) {
        reply = { status: 409, body: { statusCode: 409, name: "concurrent_idempotent_requests", message: "Same idempotency key used while the original request is still in progress" } };
      } else {
        inFlight.add(key);
        // The sender may die while it waits: the emails are delivered all the same (as with Resend).
        await wait();
        reply = handle(path, body, key);
        inFlight.delete(key);
        // Like Resend, only a request that got through is remembered; a refused one may be tried again.
        if (reply.status < 400) {
          answered.set(key, { hash, reply });
        }
      }
    } else {
      await wait();
      reply = handle(path, body, null);
    }
    requests.push({ path, idempotencyKey: key, status: reply.status });
    response.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
    response.end(JSON.stringify(reply.body));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    emails,
    perRecipient,
    delivered: () => delivered,
    requests,
    failNext: (...replies) => injected.push(...replies),
    setDelay: (ms) => (delayMs = ms),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
