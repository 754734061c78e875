import { createElement } from "react";
import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/tenants/[tenant]/[image]/route";
import { saveBrandingAction } from "@/lib/actions/branding";
import { MAX_BRAND_IMAGE_BYTES } from "@/lib/branding/limits";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { NoticeEmail } from "@/lib/email/templates/notice-email";
import { translatorFor } from "@/lib/i18n/messages";
import { outcomeOf } from "../support/action-caller";
import { createMember, createTenant } from "../support/factories";
import { fileOf, pngOf } from "../support/images";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSession: async () => (session.userId ? { user: { id: session.userId }, memberships: [], expires: "" } : null),
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => translatorFor("ja", namespace as "validation"),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const tv = translatorFor("ja", "validation");

async function signedInOwner() {
  const tenant = await createTenant({ name: "ブランド株式会社" });
  const { user } = await createMember(tenant.id, "OWNER");
  session.userId = user.id;
  return tenant;
}

function save(tenant: string, fields: Record<string, string | File>) {
  const form = new FormData();
  form.set("tenant", tenant);
  for (const [key, value] of Object.entries(fields)) {
    form.set(key, value);
  }
  return saveBrandingAction(null, form);
}

const logoOf = (tenantId: string) => db.tenantBrandImage.findUnique({ where: { tenantId_kind: { tenantId, kind: "LOGO" } } });

beforeEach(() => {
  session.userId = null;
});

describe("saving the company's branding", () => {
  it("stores a re-encoded logo and favicon, the colour and the email sender, and logs who changed what", async () => {
    const tenant = await signedInOwner();
    const result = await save(tenant.slug, {
      logo: fileOf(await pngOf(1200, 400), "logo.png", "image/png"),
      favicon: fileOf(await pngOf(300, 300), "icon.png", "image/png"),
      brandColor: "#1D4ED8",
      emailSenderName: "Brand Alumni",
      emailReplyTo: "Alumni@Brand.example",
      welcomeMessageJa: "**ようこそ**",
    });
    expect(result).toEqual({ ok: true, data: undefined, message: "ブランディングを保存しました。" });
    expect(await db.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).toMatchObject({
      brandColor: "#1d4ed8", emailSenderName: "Brand Alumni", emailReplyTo: "alumni@brand.example", welcomeMessageJa: "**ようこそ**", welcomeMessageEn: null,
    });
    const logo = await logoOf(tenant.id);
    expect(await sharp(logo!.image).metadata()).toMatchObject({ format: "png", width: 480, height: 160 });
    const favicon = await db.tenantBrandImage.findUniqueOrThrow({ where: { tenantId_kind: { tenantId: tenant.id, kind: "FAVICON" } } });
    expect(await sharp(favicon.image).metadata()).toMatchObject({ format: "png", width: 64, height: 64 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { tenantId: tenant.id, action: "settings.branding" } });
    expect(audit.details).toEqual({ brandingFields: ["brandColor", "welcomeMessageJa", "emailSenderName", "emailReplyTo", "logo", "favicon"] });
  });

  it("removes the logo and resets the colour to Kizuna's when asked", async () => {
    const tenant = await signedInOwner();
    await save(tenant.slug, { logo: fileOf(await pngOf(200, 100), "logo.png", "image/png"), brandColor: "#0f766e" });
    expect(await save(tenant.slug, { removeLogo: "1", brandColor: "" })).toMatchObject({ ok: true });
    expect(await logoOf(tenant.id)).toBeNull();
    expect((await db.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).brandColor).toBeNull();
  });

  it("refuses a file that is not an image, an SVG and one over 2 MB, with the reason beside the field, and stores nothing", async () => {
    const tenant = await signedInOwner();
    expect(await save(tenant.slug, { logo: fileOf("not an image at all", "logo.png", "image/png") })).toMatchObject({ ok: false, fieldErrors: { logo: tv("branding.imageNotImage") } });
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>';
    expect(await save(tenant.slug, { favicon: fileOf(svg, "icon.svg", "image/svg+xml") })).toMatchObject({ ok: false, fieldErrors: { favicon: tv("branding.imageNotImage") } });
    const huge = new Uint8Array(MAX_BRAND_IMAGE_BYTES + 1);
    huge.set(await pngOf(10, 10));
    expect(await save(tenant.slug, { logo: fileOf(huge, "big.png", "image/png") })).toMatchObject({ ok: false, fieldErrors: { logo: tv("branding.imageTooLarge") } });
    // A PNG signature on bytes that do not decode: the decoder's refusal gets the same answer.
    const broken = Buffer.concat([(await pngOf(10, 10)).subarray(0, 16), Buffer.from("garbage")]);
    expect(await save(tenant.slug, { logo: fileOf(broken, "broken.png", "image/png") })).toMatchObject({ ok: false, fieldErrors: { logo: tv("branding.imageNotImage") } });
    expect(await logoOf(tenant.id)).toBeNull();
    expect(tv("branding.imageNotImage")).toContain("SVG");
  });

  it("refuses a colour that is not #rrggbb and a sender name that could rewrite the From header", async () => {
    const tenant = await signedInOwner();
    expect(await save(tenant.slug, { brandColor: "red" })).toMatchObject({ ok: false, fieldErrors: { brandColor: tv("branding.badColor") } });
    expect(await save(tenant.slug, { emailSenderName: 'Evil" <ceo@bank.example>' })).toMatchObject({ ok: false, fieldErrors: { emailSenderName: tv("branding.badSenderName") } });
    expect(await save(tenant.slug, { emailReplyTo: "not-an-address" })).toMatchObject({ ok: false, fieldErrors: { emailReplyTo: tv("invalidEmail") } });
  });

  it("answers 404 to another company's owner and to the company's own HR staff, and changes nothing", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const { user: ownerOfB } = await createMember(b.id, "OWNER");
    const { user: hrOfA } = await createMember(a.id, "HR");
    for (const who of [ownerOfB.id, hrOfA.id, null]) {
      session.userId = who;
      expect(await outcomeOf(save(a.slug, { brandColor: "#ff0000", emailSenderName: "Hijack", logo: fileOf(await pngOf(20, 20), "x.png", "image/png") }))).toBe("404");
    }
    expect(await db.tenant.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ brandColor: null, emailSenderName: null });
    expect(await logoOf(a.id)).toBeNull();
  });
});

describe("the branding in use", () => {
  it("serves the logo to anyone, cached for good at its current version, and 404 for a company without one", async () => {
    const tenant = await signedInOwner();
    await save(tenant.slug, { logo: fileOf(await pngOf(200, 100), "logo.png", "image/png") });
    const { version } = (await logoOf(tenant.id))!;
    session.userId = null;
    const fetchImage = (slug: string, image: string, query = "") => GET(new Request(`http://localhost/api/tenants/${slug}/${image}${query}`), { params: Promise.resolve({ tenant: slug, image }) });
    const response = await fetchImage(tenant.slug, "logo", `?v=${version}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await fetchImage(tenant.slug, "logo", "?v=old")).headers.get("cache-control")).toBe("public, no-cache");
    expect((await fetchImage(tenant.slug, "favicon")).status).toBe(404);
    expect((await fetchImage(tenant.slug, "secrets")).status).toBe(404);
    expect((await fetchImage((await createTenant()).slug, "logo")).status).toBe(404);
  });

  it("sends the company's email from its sender name, with its Reply-To, logo and colour", async () => {
    const tenant = await signedInOwner();
    await save(tenant.slug, { logo: fileOf(await pngOf(200, 100), "logo.png", "image/png"), brandColor: "#1d4ed8", emailSenderName: "Brand Alumni", emailReplyTo: "alumni@brand.example" });
    const { version } = (await logoOf(tenant.id))!;
    const react = createElement(NoticeEmail, { lang: "ja", brand: "ブランド株式会社", preview: "x", paragraphs: ["こんにちは"], action: { label: "開く", url: "http://localhost/x", fallback: "" }, footer: "f" });
    await sendEmail({ to: "member@example.com", subject: "お知らせ", react, tenantId: tenant.id, tag: "test" });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { tenantId: tenant.id, tag: "test" } });
    expect(mail.from).toBe('"Brand Alumni" <no-reply@kizuna.local>');
    expect(mail.replyTo).toBe("alumni@brand.example");
    // Absolute: a mail client has no page to resolve a relative address against.
    expect(mail.html).toMatch(new RegExp(`src="https?://[^"/]+/api/tenants/${tenant.slug}/logo\\?v=${version}"`));
    expect(mail.html).toContain("#1d4ed8");
    expect(mail.html).not.toContain("#b45309");
  });

  it("leaves Kizuna's sender and look on a company that set no branding", async () => {
    const tenant = await createTenant();
    const react = createElement(NoticeEmail, { lang: "ja", brand: "x", preview: "x", paragraphs: ["x"], footer: "f" });
    await sendEmail({ to: "member@example.com", subject: "x", react, tenantId: tenant.id, tag: "plain" });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { tenantId: tenant.id, tag: "plain" } });
    expect(mail).toMatchObject({ from: "Kizuna <no-reply@kizuna.local>", replyTo: null });
    expect(mail.html).toContain("#b45309");
  });
});
