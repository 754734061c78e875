import { env } from "@/lib/env";
import { verifyWebhookSignature } from "@/lib/email/webhooks/signature";
import { handleResendEvent, resendEventSchema } from "@/lib/email/webhooks/resend-events";
import { readLimitedText } from "@/lib/http/read-limited";

// Resend's events are a few kilobytes; anything far larger is not from Resend.
const MAX_BODY_BYTES = 256 * 1024;

/**
 * Resend's delivery reports (bounces, complaints). Without RESEND_WEBHOOK_SECRET the endpoint does not exist:
 * an unsigned report could mark anyone's address undeliverable.
 */
export async function POST(request: Request): Promise<Response> {
  const secret = env().RESEND_WEBHOOK_SECRET;
  if (!secret) {
    return new Response("Not found", { status: 404 });
  }
  const body = await readLimitedText(request, MAX_BODY_BYTES);
  if (body === null) {
    return Response.json({ error: "tooLarge" }, { status: 413 });
  }
  const id = request.headers.get("svix-id");
  const check = verifyWebhookSignature(secret, { id, timestamp: request.headers.get("svix-timestamp"), signature: request.headers.get("svix-signature"), body });
  if (!check.ok) {
    return Response.json({ error: check.reason }, { status: 401 });
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return Response.json({ error: "invalidJson" }, { status: 400 });
  }
  const event = resendEventSchema.safeParse(json);
  if (!event.success) {
    return Response.json({ error: "invalidEvent" }, { status: 400 });
  }
  const outcome = await handleResendEvent(id!, event.data);
  return Response.json({ ok: true, outcome });
}
