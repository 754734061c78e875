import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createPostAction, editPostAction } from "@/lib/actions/feed";
import { db } from "@/lib/db";
import { caller } from "../support/action-caller";
import { createMember, createTenant } from "../support/factories";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

beforeEach(() => {
  caller.userId = null;
});

function postForm(fields: Record<string, string | File>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    form.append(key, value);
  }
  return form;
}

async function previewJobs(postId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ url: string }[]>`SELECT data->>'url' AS url FROM pgboss.job WHERE name = 'feed.link-preview' AND data->>'postId' = ${postId} ORDER BY created_on`;
  return rows.map((r) => r.url);
}

describe("pictures and links in posts", () => {
  it("re-encodes an uploaded picture as WebP without its metadata, and refuses a file that is not an image", async () => {
    const tenant = await createTenant();
    const hr = await createMember(tenant.id, "HR");
    caller.userId = hr.user.id;
    const jpeg = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: "#36c" } }).jpeg().withMetadata({ exif: { IFD0: { Artist: "GPS 35.6,139.7" } } }).toBuffer();
    const created = await createPostAction(null, postForm({ tenant: tenant.slug, body: "写真付きのお知らせ", image: new File([new Uint8Array(jpeg)], "photo.jpg", { type: "image/jpeg" }) }));
    expect(created).toMatchObject({ ok: true });
    const stored = await db.feedImage.findFirstOrThrow({ where: { tenantId: tenant.id } });
    const meta = await sharp(stored.image).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(["webp", 1600, 800, undefined]);

    const fake = new File([new TextEncoder().encode("<html>not a picture</html>")], "cat.png", { type: "image/png" });
    const refused = await createPostAction(null, postForm({ tenant: tenant.slug, body: "偽物の画像", image: fake }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { image: expect.any(String) }, values: { body: "偽物の画像" } });
    const huge = new File([new Uint8Array(5 * 1024 * 1024 + 1)], "big.png", { type: "image/png" });
    expect(await createPostAction(null, postForm({ tenant: tenant.slug, body: "大きすぎる", image: huge }))).toMatchObject({ ok: false, fieldErrors: { image: "画像は 5 MB までです。" } });
    expect(await db.feedPost.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  it("queues a link preview with the post, and again only when an edit changes the link", async () => {
    const tenant = await createTenant();
    const hr = await createMember(tenant.id, "HR");
    caller.userId = hr.user.id;
    const created = await createPostAction(null, { tenant: tenant.slug, body: "記事はこちら https://example.com/news/1." });
    const postId = (created as { data: string }).data;
    expect(await db.feedLinkPreview.findFirst({ where: { postId } })).toMatchObject({ url: "https://example.com/news/1", status: "PENDING" });
    expect(await previewJobs(postId)).toEqual(["https://example.com/news/1"]);
    await editPostAction(null, { tenant: tenant.slug, postId, body: "記事はこちら（追記） https://example.com/news/1" });
    expect(await previewJobs(postId)).toHaveLength(1);
    await editPostAction(null, { tenant: tenant.slug, postId, body: "別の記事 https://example.com/news/2" });
    expect(await previewJobs(postId)).toEqual(["https://example.com/news/1", "https://example.com/news/2"]);
    await editPostAction(null, { tenant: tenant.slug, postId, body: "リンクなし" });
    expect(await db.feedLinkPreview.count({ where: { postId } })).toBe(0);
  });
});

describe("mentions", () => {
  it("finds the active members a comment names with @, with a space in the name, never the writer or a stranger", async () => {
    const { mentionedMemberIds } = await import("@/lib/feed/mentions");
    const { alumnusContext } = await import("../support/events");
    const tenant = await createTenant();
    const other = await createTenant();
    const hanako = await alumnusContext(tenant, "佐藤 花子");
    const emily = await alumnusContext(tenant, "Emily Carter");
    const elsewhere = await alumnusContext(other, "Emily Carter");
    const text = "@佐藤 花子 さん、@Emily Carter さんも一緒にどうですか？ @誰か";
    const ids = await db.$transaction((tx) => mentionedMemberIds(tx, tenant.id, text, hanako.membership.id));
    expect(ids).toEqual([emily.membership.id]);
    const fromEmily = await db.$transaction((tx) => mentionedMemberIds(tx, tenant.id, text, emily.membership.id));
    expect(fromEmily).toEqual([hanako.membership.id]);
    expect(fromEmily).not.toContain(elsewhere.membership.id);
  });
});
