import type { BrandImageName } from "./limits";

/** Where the company's logo or favicon is served; the version makes a new image a new URL, cached for good. */
export function brandImageUrl(tenantSlug: string, image: BrandImageName, version: string): string {
  return `/api/tenants/${tenantSlug}/${image}?v=${version}`;
}
