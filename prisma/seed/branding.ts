import type { Tx } from "../../lib/db";
import { processFavicon, processLogo } from "../../lib/branding/images";

// Kanade's mark, drawn rather than shipped: a deep-teal rounded square with a white "K" of three strokes
// (shapes only, so it renders the same without any font installed).
const MARK = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <rect width="256" height="256" rx="56" fill="#0f766e"/>
  <rect x="64" y="56" width="34" height="144" rx="8" fill="#ffffff"/>
  <polygon points="106,128 164,56 204,56 146,128" fill="#ffffff"/>
  <polygon points="106,128 146,128 204,200 164,200" fill="#ccfbf1"/>
</svg>`;

/** The demo company's branding: its mark as logo and favicon, its colour, and who its emails come from. */
export async function seedBranding(tx: Tx, tenantId: string): Promise<void> {
  const svg = Buffer.from(MARK);
  const [logo, favicon] = await Promise.all([processLogo(svg), processFavicon(svg)]);
  const row = (image: typeof logo) => ({ image: image.image, width: image.width, height: image.height, version: image.version });
  await tx.tenantBrandImage.createMany({
    data: [
      { tenantId, kind: "LOGO", ...row(logo) },
      { tenantId, kind: "FAVICON", ...row(favicon) },
    ],
  });
  await tx.tenant.update({
    where: { id: tenantId },
    data: { brandColor: "#0f766e", emailSenderName: "かなでテクノロジーズ アルムナイ事務局", emailReplyTo: "alumni@kanade-tech.example" },
  });
}
