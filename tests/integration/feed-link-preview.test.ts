import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fetchLinkPreview, readOpenGraph } from "@/lib/feed/link-preview";
import { isPrivateAddress, safeGet } from "@/lib/feed/safe-fetch";
import { createMember, createTenant } from "../support/factories";

let server: Server;
let origin = "";
let slowHits = 0;

beforeAll(async () => {
  const png = await sharp({ create: { width: 40, height: 20, channels: 3, background: "#c33" } }).png().toBuffer();
  server = createServer((request, response) => {
    if (request.url === "/article") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(`<html><head><title>fallback</title>
        <meta property="og:title" content="&lt;script&gt;alert(1)&lt;/script&gt; 新製品発表">
        <meta property="og:description" content="説明文 &amp; more">
        <meta property="og:image" content="/card.png"><meta property="og:site_name" content="Example News"></head><body>x</body></html>`);
    } else if (request.url === "/card.png") {
      response.writeHead(200, { "content-type": "image/png" });
      response.end(png);
    } else if (request.url === "/huge") {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(`<title>big</title>${"x".repeat(2 * 1024 * 1024)}`);
    } else if (request.url === "/slow") {
      slowHits++;
      setTimeout(() => response.end("<title>late</title>"), 8000);
    } else {
      response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" });
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => {
  delete process.env.KIZUNA_LINK_PREVIEW_ALLOW_LOOPBACK;
});

async function postWithLink(url: string) {
  const tenant = await createTenant();
  const hr = await createMember(tenant.id, "HR");
  const post = await db.feedPost.create({ data: { tenantId: tenant.id, authorId: hr.membership.id, fromStaff: true, body: `見てください ${url}`, createdAt: new Date() } });
  await db.feedLinkPreview.create({ data: { tenantId: tenant.id, postId: post.id, url } });
  return { tenantId: tenant.id, postId: post.id, url };
}

describe("link previews", () => {
  it("reads OpenGraph tags, falling back to the page title, as plain text", () => {
    expect(readOpenGraph(`<title>Only &amp; title</title><meta name="description" content="d">`)).toEqual({ title: "Only & title", description: "d", image: null, siteName: null });
  });

  it("knows private, loopback, link-local and mapped addresses from public ones", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "0.0.0.0"]) {
      expect(`${address} ${isPrivateAddress(address)}`).toBe(`${address} true`);
    }
    for (const address of ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"]) {
      expect(`${address} ${isPrivateAddress(address)}`).toBe(`${address} false`);
    }
  });

  it("refuses to fetch from this machine or the private network", async () => {
    expect(await safeGet(`${origin}/article`, { maxBytes: 1000, timeoutMs: 2000, accept: "text/html" })).toBeNull();
    expect(await safeGet(`http://127.0.0.1:${new URL(origin).port}/article`, { maxBytes: 1000, timeoutMs: 2000, accept: "text/html" })).toBeNull();
    const job = await postWithLink(`${origin}/article`);
    await fetchLinkPreview(job);
    expect(await db.feedLinkPreview.findFirst({ where: { postId: job.postId } })).toMatchObject({ status: "FAILED", title: null });
  });

  it("stores the card's text and a re-encoded picture when allowed to reach a test server", async () => {
    process.env.KIZUNA_LINK_PREVIEW_ALLOW_LOOPBACK = "1";
    const job = await postWithLink(`${origin}/article`);
    await fetchLinkPreview(job);
    const card = await db.feedLinkPreview.findFirstOrThrow({ where: { postId: job.postId } });
    expect(card).toMatchObject({ status: "READY", title: "<script>alert(1)</script> 新製品発表", description: "説明文 & more", siteName: "Example News", imageUrl: `${origin}/card.png` });
    expect((await sharp(card.image!).metadata()).format).toBe("webp");
  });

  it("stops reading at the size cap and gives up on a slow server within the timeout", async () => {
    process.env.KIZUNA_LINK_PREVIEW_ALLOW_LOOPBACK = "1";
    const big = await safeGet(`${origin}/huge`, { maxBytes: 64 * 1024, timeoutMs: 3000, accept: "text/html" });
    expect(big?.body.length).toBe(64 * 1024);
    const started = Date.now();
    expect(await safeGet(`${origin}/slow`, { maxBytes: 1000, timeoutMs: 500, accept: "text/html" })).toBeNull();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(slowHits).toBe(1);
  });

  it("follows no redirect into the private network, even when the first address was allowed", async () => {
    process.env.KIZUNA_LINK_PREVIEW_ALLOW_LOOPBACK = "1";
    // The override lets tests reach localhost; a literal metadata address in a redirect is refused all the same.
    expect(await safeGet(`${origin}/redirect`, { maxBytes: 1000, timeoutMs: 2000, accept: "text/html" })).toBeNull();
  });
});
