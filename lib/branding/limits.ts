// Shared by the settings form (checked before sending) and the server (checked again, and by the bytes).
export const MAX_BRAND_IMAGE_BYTES = 2 * 1024 * 1024;
// No SVG: an SVG is a document that may carry scripts and external references (decisions/030).
export const BRAND_IMAGE_ACCEPT = "image/png,image/jpeg,image/webp,image/gif";
export const BRAND_IMAGE_KINDS = { logo: "LOGO", favicon: "FAVICON" } as const;
export type BrandImageName = keyof typeof BRAND_IMAGE_KINDS;
