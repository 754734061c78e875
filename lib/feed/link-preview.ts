import "server-only";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { db } from "@/lib/db";
import type { FeedLinkPreviewJob } from "@/lib/jobs/queues";
import { safeGet } from "./safe-fetch";

const PAGE_BYTES = 512 * 1024;
const IMAGE_BYTES = 3 * 1024 * 1024;
const TIMEOUT_MS = 5000;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", nbsp: " " };
const decode = (text: string) =>
  text
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, hex: string) => safeChar(parseInt(hex, 16)))
    .replace(/&#(\d{1,7});/g, (_, dec: string) => safeChar(Number(dec)))
    .replace(/&([a-z#0-9]+);/gi, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole);
const safeChar = (code: number) => (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "");
const clean = (text: string | undefined, max: number) => {
  const value = text ? decode(text).replace(/\s+/g, " ").trim().slice(0, max) : "";
  return value || null;
};

/** The OpenGraph (else HTML) title, description, image and site name of a page's head. Pure: unit tested. */
export function readOpenGraph(html: string): { title: string | null; description: string | null; image: string | null; siteName: string | null } {
  const metas = new Map<string, string>();
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const key = /\b(?:property|name)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1]?.toLowerCase();
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (key && content && !metas.has(key)) {
      metas.set(key, content[1] ?? content[2] ?? "");
    }
  }
  const title = metas.get("og:title") ?? metas.get("twitter:title") ?? /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1];
  return {
    title: clean(title, 200),
    description: clean(metas.get("og:description") ?? metas.get("description") ?? metas.get("twitter:description"), 400),
    image: clean(metas.get("og:image") ?? metas.get("twitter:image"), 2000),
    siteName: clean(metas.get("og:site_name"), 100),
  };
}

/**
 * The `feed.link-preview` job: fetches the post's link (public addresses only, a few seconds, half a megabyte),
 * stores what the card shows, and the card's picture re-encoded. Anything short of a page with a title marks the
 * card FAILED (it is then simply not shown). Re-running it is harmless; a changed link has its own job.
 */
export async function fetchLinkPreview({ tenantId, postId, url }: FeedLinkPreviewJob): Promise<void> {
  const current = await db.feedLinkPreview.findUnique({ where: { tenantId_postId: { tenantId, postId } }, select: { url: true } });
  if (current?.url !== url) {
    return;
  }
  const page = await safeGet(url, { maxBytes: PAGE_BYTES, timeoutMs: TIMEOUT_MS, accept: "text/html,application/xhtml+xml" });
  const og = page && page.status < 400 && /html/i.test(page.contentType) ? readOpenGraph(page.body.toString("utf8")) : null;
  if (!og?.title) {
    await db.feedLinkPreview.updateMany({ where: { tenantId, postId, url }, data: { status: "FAILED", fetchedAt: new Date() } });
    return;
  }
  const imageUrl = og.image ? safeUrl(og.image, page!.url) : null;
  const picture = imageUrl ? await previewImage(imageUrl) : null;
  await db.feedLinkPreview.updateMany({
    where: { tenantId, postId, url },
    data: { status: "READY", title: og.title, description: og.description, siteName: og.siteName, imageUrl, image: picture?.image ?? null, imageVersion: picture?.version ?? null, fetchedAt: new Date() },
  });
}

function safeUrl(value: string, base: string): string | null {
  try {
    const url = new URL(value, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

async function previewImage(url: string): Promise<{ image: Uint8Array<ArrayBuffer>; version: string } | null> {
  const fetched = await safeGet(url, { maxBytes: IMAGE_BYTES, timeoutMs: TIMEOUT_MS, accept: "image/*" });
  if (!fetched || fetched.status >= 400 || fetched.body.length >= IMAGE_BYTES) {
    return null;
  }
  try {
    const image = await sharp(fetched.body, { limitInputPixels: 50_000_000, animated: false }).rotate().resize(600, 315, { fit: "cover" }).webp({ quality: 75 }).toBuffer();
    return { image: new Uint8Array(image), version: createHash("sha256").update(image).digest("base64url").slice(0, 12) };
  } catch {
    return null;
  }
}
