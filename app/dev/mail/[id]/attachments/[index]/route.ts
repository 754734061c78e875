import { attachmentsOf, getOutboxEmail } from "@/lib/dev/outbox";

type Params = { params: Promise<{ id: string; index: string }> };

/** One file of an outbox email, downloaded as the recipient's mail client would offer it (local runs only). */
export async function GET(_request: Request, { params }: Params) {
  const { id, index } = await params;
  const email = await getOutboxEmail(id);
  const attachment = email ? attachmentsOf(email)[Number(index)] : undefined;
  if (!attachment) {
    return new Response("Not found", { status: 404 });
  }
  return new Response(Buffer.from(attachment.base64, "base64"), {
    headers: {
      "content-type": attachment.contentType,
      "content-disposition": `attachment; filename="${attachment.filename.replace(/[^\w.-]/g, "_")}"`,
      "cache-control": "no-store",
    },
  });
}
