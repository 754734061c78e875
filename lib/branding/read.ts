import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { findActiveTenant } from "@/lib/tenancy/resolve";
import { BRAND_IMAGE_KINDS, type BrandImageName } from "./limits";
import { brandImageUrl } from "./urls";

export type BrandImageRef = { url: string; width: number; height: number };

export type TenantBranding = {
  color: string | null;
  logo: BrandImageRef | null;
  favicon: BrandImageRef | null;
  senderName: string | null;
  replyTo: string | null;
};

/** A company's branding by its id: colour, image URLs (never their bytes) and email sender. Cached per request. */
export const tenantBranding = cache(async (tenantId: string): Promise<TenantBranding | null> => {
  const tenant = await db.tenant.findUnique({
    where: { id: tenantId },
    select: {
      slug: true,
      brandColor: true,
      emailSenderName: true,
      emailReplyTo: true,
      brandImages: { select: { kind: true, version: true, width: true, height: true } },
    },
  });
  if (!tenant) {
    return null;
  }
  const ref = (name: BrandImageName): BrandImageRef | null => {
    const row = tenant.brandImages.find((i) => i.kind === BRAND_IMAGE_KINDS[name]);
    return row ? { url: brandImageUrl(tenant.slug, name, row.version), width: row.width, height: row.height } : null;
  };
  return { color: tenant.brandColor, logo: ref("logo"), favicon: ref("favicon"), senderName: tenant.emailSenderName, replyTo: tenant.emailReplyTo };
});

/** The image bytes for the route that serves them: an active company's, or null (the route answers 404). */
export async function brandImageBytes(slug: string, name: BrandImageName) {
  const tenant = await findActiveTenant(slug);
  if (!tenant) {
    return null;
  }
  return db.tenantBrandImage.findUnique({
    where: { tenantId_kind: { tenantId: tenant.id, kind: BRAND_IMAGE_KINDS[name] } },
    select: { image: true, version: true },
  });
}
