import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { MagicLinkEmail } from "@/lib/email/templates/magic-link-email";

// A local Resend-compatible endpoint: the real Resend SDK talks to it through RESEND_BASE_URL.
type Received = { path: string; authorization: string | undefined; body: Record<string, unknown> };
const received: Received[] = [];
let server: Server;
let reply: { status: number; body: unknown } = { status: 200, body: { id: "re_test_1" } };

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = "";
    request.on("data", (chunk) => (data += chunk));
    request.on("end", () => resolve(data));
  });

beforeAll(async () => {
  server = createServer(async (request, response) => {
    received.push({ path: request.url ?? "", authorization: request.headers.authorization, body: JSON.parse(await readBody(request)) });
    response.writeHead(reply.status, { "content-type": "application/json" });
    response.end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.RESEND_API_KEY = "re_test_key";
  process.env.RESEND_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  server.close();
});

describe("email with a Resend key", () => {
  it("goes through Resend, not the outbox", async () => {
    const sent = await sendEmail({
      to: "hanako@example.com",
      subject: "件名",
      react: createElement(MagicLinkEmail, { locale: "ja", url: "http://localhost/x", minutes: 30 }),
      tag: "magic-link",
    });
    expect(sent).toEqual({ id: "re_test_1", via: "resend" });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ path: "/emails", authorization: "Bearer re_test_key" });
    expect(received[0]!.body).toMatchObject({ to: "hanako@example.com", subject: "件名", tags: [{ name: "kind", value: "magic-link" }] });
    expect(String(received[0]!.body.text)).toContain("http://localhost/x");
    expect(await db.outboxEmail.count()).toBe(0);
  });

  it("hands Resend the attachments (an event's .ics) as base64", async () => {
    const ics = "BEGIN:VCALENDAR\r\nSUMMARY:年末交流会\r\nEND:VCALENDAR\r\n";
    await sendEmail({
      to: "hanako@example.com",
      subject: "参加確定",
      react: createElement("p", null, "x"),
      tag: "event-confirmed",
      attachments: [{ filename: "event.ics", contentType: "text/calendar; charset=utf-8", content: ics }],
    });
    const body = received.at(-1)!.body as { attachments: { filename: string; content: string; content_type?: string; contentType?: string }[] };
    expect(body.attachments).toHaveLength(1);
    expect(body.attachments[0]!.filename).toBe("event.ics");
    expect(Buffer.from(body.attachments[0]!.content, "base64").toString("utf8")).toBe(ics);
  });

  it("fails loudly when Resend refuses", async () => {
    reply = { status: 422, body: { name: "validation_error", message: "Invalid `to` field", statusCode: 422 } };
    await expect(
      sendEmail({ to: "bad", subject: "x", react: createElement("p", null, "x"), tag: "test" }),
    ).rejects.toThrow(/Resend refused the email \(validation_error\)/);
  });
});
