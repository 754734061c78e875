import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { readablePostsWhere } from "./access";

/** A post's picture (or its link card's), when this member may read the post; null otherwise. */
export async function getFeedImageForViewer(context: TenantContext, postId: string, which: "post" | "preview"): Promise<{ image: Uint8Array<ArrayBuffer>; version: string } | null> {
  const post = { ...readablePostsWhere(context), id: postId };
  if (which === "post") {
    const row = await db.feedImage.findFirst({ where: { tenantId: context.tenant.id, postId, post }, select: { image: true, version: true } });
    return row ? { image: new Uint8Array(row.image), version: row.version } : null;
  }
  const row = await db.feedLinkPreview.findFirst({ where: { tenantId: context.tenant.id, postId, post, status: "READY" }, select: { image: true, imageVersion: true } });
  return row?.image && row.imageVersion ? { image: new Uint8Array(row.image), version: row.imageVersion } : null;
}

/** The picture as a response: cached for good under its version, revalidated otherwise, never shared. */
export function imageResponse(request: Request, found: { image: Uint8Array<ArrayBuffer>; version: string } | null) {
  if (!found) {
    return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  }
  return new Response(found.image, {
    headers: {
      "content-type": "image/webp",
      "content-length": String(found.image.byteLength),
      "x-content-type-options": "nosniff",
      "cache-control": new URL(request.url).searchParams.get("v") === found.version ? "private, max-age=31536000, immutable" : "private, no-cache",
    },
  });
}
