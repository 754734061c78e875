import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { removeAvatarAction, uploadAvatarAction } from "@/lib/actions/avatar";
import { MAX_AVATAR_BYTES } from "@/lib/alumni/avatar/limits";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/messages";
import { createAlumnus, createTenant } from "../support/factories";
import { fileOf, jpegWithGps, pngOf } from "../support/images";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSession: async () => (session.userId ? { user: { id: session.userId }, memberships: [], expires: "" } : null),
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "validation" | "avatar") => translatorFor("ja", namespace),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const tv = translatorFor("ja", "validation");

async function signedInAlumna() {
  const tenant = await createTenant();
  const alumna = await createAlumnus(tenant.id, { displayName: "佐藤 花子" });
  session.userId = alumna.user.id;
  return { tenant, ...alumna };
}

function upload(tenant: string, photo: File) {
  const form = new FormData();
  form.set("tenant", tenant);
  form.set("photo", photo);
  return uploadAvatarAction(null, form);
}

const storedAvatar = (profileId: string) => db.profileAvatar.findFirst({ where: { profileId } });

beforeEach(() => {
  session.userId = null;
});

describe("uploading a profile photo", () => {
  it("accepts a PNG and keeps it as square WebP images of 256 and 64 pixels", async () => {
    const { tenant, profile } = await signedInAlumna();
    const result = await upload(tenant.slug, fileOf(await pngOf(800, 600), "me.png", "image/png"));
    expect(result).toEqual({ ok: true, data: undefined, message: "写真を更新しました。" });
    const avatar = await storedAvatar(profile.id);
    expect(await sharp(avatar!.large).metadata()).toMatchObject({ format: "webp", width: 256, height: 256 });
    expect(await sharp(avatar!.small).metadata()).toMatchObject({ format: "webp", width: 64, height: 64 });
  });

  it("accepts a JPEG whatever its name says, and drops its EXIF (the GPS position) when re-encoding", async () => {
    const { tenant, profile } = await signedInAlumna();
    const jpeg = await jpegWithGps(300, 500);
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    expect((await upload(tenant.slug, fileOf(jpeg, "photo.txt", "text/plain"))).ok).toBe(true);
    const large = (await storedAvatar(profile.id))!.large;
    const stored = await sharp(large).metadata();
    expect(stored).toMatchObject({ format: "webp", width: 256, height: 256 });
    expect(stored.exif).toBeUndefined();
    expect(Buffer.from(large).includes("KizunaPhone")).toBe(false);
  });

  it("refuses a text file named .png with a message beside the field, and writes nothing", async () => {
    const { tenant, profile } = await signedInAlumna();
    const result = await upload(tenant.slug, fileOf("これは画像ではありません", "photo.png", "image/png"));
    expect(result).toMatchObject({ ok: false, fieldErrors: { photo: tv("avatarNotImage") } });
    expect(await storedAvatar(profile.id)).toBeNull();
  });

  it("refuses a file that starts like a PNG but is not one, keeping the photo already there", async () => {
    const { tenant, profile } = await signedInAlumna();
    await upload(tenant.slug, fileOf(await pngOf(100, 100), "me.png", "image/png"));
    const before = await storedAvatar(profile.id);
    const broken = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("garbage".repeat(50))]);
    expect(await upload(tenant.slug, fileOf(broken, "broken.png", "image/png"))).toEqual({ ok: false, fieldErrors: { photo: tv("avatarNotImage") } });
    expect(await storedAvatar(profile.id)).toMatchObject({ version: before!.version });
  });

  it("refuses a file over 5 MB, and writes nothing", async () => {
    const { tenant, profile } = await signedInAlumna();
    const big = new Uint8Array(MAX_AVATAR_BYTES + 1);
    big.set(await pngOf(10, 10));
    const result = await upload(tenant.slug, fileOf(big, "huge.png", "image/png"));
    expect(result).toMatchObject({ ok: false, fieldErrors: { photo: "写真は5MBまでです。小さい画像を選んでください。" } });
    expect(await storedAvatar(profile.id)).toBeNull();
  });

  it("refuses a small file that would decode to more than 30 megapixels (a decompression bomb), and writes nothing", async () => {
    const { tenant, profile } = await signedInAlumna();
    // 6,000 × 6,000 of one colour compresses to a few kilobytes but would decode to 144 MB.
    const bomb = await sharp({ create: { width: 6000, height: 6000, channels: 3, background: "#ffffff" } }).png().toBuffer();
    expect(bomb.byteLength).toBeLessThan(MAX_AVATAR_BYTES);
    const result = await upload(tenant.slug, fileOf(bomb, "bomb.png", "image/png"));
    expect(result).toMatchObject({ ok: false, fieldErrors: { photo: tv("avatarTooManyPixels") } });
    expect(await storedAvatar(profile.id)).toBeNull();
  });

  it("asks for a file when none was chosen", async () => {
    const { tenant } = await signedInAlumna();
    expect(await upload(tenant.slug, fileOf("", "", "application/octet-stream"))).toMatchObject({ ok: false, fieldErrors: { photo: tv("avatarMissing") } });
  });

  it("gives a new photo a new version, and removes it", async () => {
    const { tenant, profile } = await signedInAlumna();
    await upload(tenant.slug, fileOf(await pngOf(100, 100), "a.png", "image/png"));
    const first = (await storedAvatar(profile.id))!.version;
    await upload(tenant.slug, fileOf(await jpegWithGps(120, 90), "b.jpg", "image/jpeg"));
    expect((await storedAvatar(profile.id))!.version).not.toBe(first);
    expect(await removeAvatarAction(null, { tenant: tenant.slug })).toEqual({ ok: true, data: undefined, message: "写真を削除しました。" });
    expect(await storedAvatar(profile.id)).toBeNull();
  });
});
