import { unsubscribe } from "@/lib/broadcasts/unsubscribe";

// RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` here with no cookies and no
// page; the token is the proof. A GET (someone pasting the URL) is sent to the page that asks first.

export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const target = await unsubscribe(token);
  return new Response(target ? "Unsubscribed.\n" : "Unknown or invalid link.\n", { status: target ? 200 : 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // A token that is not well-formed text (a lone surrogate) cannot be put back into a URL: it is no link of ours.
  if (!token.isWellFormed()) {
    return new Response("Unknown or invalid link.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return Response.redirect(new URL(`/unsubscribe/${encodeURIComponent(token)}`, request.url), 303);
}
