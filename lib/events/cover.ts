import { createHash } from "node:crypto";
import sharp from "sharp";
import { UnreadableImageError } from "../alumni/avatar/resize";

// No "server-only": the demo seed draws its covers with this too.
const MAX_INPUT_PIXELS = 50_000_000;
export const COVER_SIZE = { width: 1200, height: 630 } as const;

/**
 * An event's cover, cropped to 1200×630 (the shape link previews and the event page use) and re-encoded as WebP,
 * which drops EXIF and any GPS position, as profile photos are (decisions/010).
 */
export async function resizeCover(bytes: Uint8Array): Promise<{ image: Uint8Array<ArrayBuffer>; version: string }> {
  try {
    const image = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, animated: false })
      .rotate()
      .resize(COVER_SIZE.width, COVER_SIZE.height, { fit: "cover", position: "attention" })
      .webp({ quality: 80 })
      .toBuffer();
    return { image: new Uint8Array(image), version: createHash("sha256").update(image).digest("base64url").slice(0, 12) };
  } catch (error) {
    throw new UnreadableImageError(error);
  }
}
