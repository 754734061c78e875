import { createHash } from "node:crypto";
import sharp from "sharp";
import { UnreadableImageError } from "../alumni/avatar/resize";

// No "server-only": the demo seed draws its pictures with this too.
const MAX_INPUT_PIXELS = 50_000_000;
const MAX_EDGE = 1600;

/**
 * A post's picture, fitted inside 1600×1600 (never enlarged) and re-encoded as WebP: only pixels are kept, so EXIF
 * and any GPS position are gone, as with profile photos (decisions/010). A GIF gives its first frame.
 */
export async function resizeFeedImage(bytes: Uint8Array): Promise<{ image: Uint8Array<ArrayBuffer>; width: number; height: number; version: string }> {
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, animated: false })
      .rotate()
      .resize(MAX_EDGE, MAX_EDGE, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { image: new Uint8Array(data), width: info.width, height: info.height, version: createHash("sha256").update(data).digest("base64url").slice(0, 12) };
  } catch (error) {
    throw new UnreadableImageError(error);
  }
}
