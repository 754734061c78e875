import { createHash } from "node:crypto";
import sharp, { type Sharp } from "sharp";
import { TooManyPixelsError, UnreadableImageError } from "../alumni/avatar/resize";

// No "server-only": the demo seed draws the demo company's logo with this too.
const MAX_INPUT_PIXELS = 30_000_000;
// A logo sits in a 40-pixel-high header and an email's top line: 4× that is sharp on any screen.
const LOGO_BOX = { width: 640, height: 160 };
const FAVICON_EDGE = 64;

export type BrandImage = { image: Uint8Array<ArrayBuffer>; width: number; height: number; version: string };

/**
 * Decodes an uploaded image and writes a fresh PNG of its pixels only (EXIF and everything else dropped, as with
 * profile photos: decisions/010). PNG, not WebP: the logo goes into emails, and not every mail client shows WebP.
 */
async function reencode(bytes: Uint8Array, shape: (image: Sharp) => Sharp): Promise<BrandImage> {
  try {
    const { data, info } = await shape(sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, animated: false }).rotate())
      .png({ compressionLevel: 9, palette: true })
      .toBuffer({ resolveWithObject: true });
    return { image: new Uint8Array(data), width: info.width, height: info.height, version: createHash("sha256").update(data).digest("base64url").slice(0, 12) };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw new TooManyPixelsError(error.message);
    }
    throw new UnreadableImageError(error);
  }
}

/** The company's logo, fitted inside 640×160 and never enlarged; transparency kept. */
export function processLogo(bytes: Uint8Array): Promise<BrandImage> {
  return reencode(bytes, (image) => image.resize(LOGO_BOX.width, LOGO_BOX.height, { fit: "inside", withoutEnlargement: true }));
}

/** The browser tab's icon: 64×64, the whole picture kept (letterboxed on transparency rather than cropped). */
export function processFavicon(bytes: Uint8Array): Promise<BrandImage> {
  return reencode(bytes, (image) => image.resize(FAVICON_EDGE, FAVICON_EDGE, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } }));
}
