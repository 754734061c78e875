import { createHash } from "node:crypto";
import sharp from "sharp";
import { AVATAR_SIZES } from "./limits";

// No "server-only" here: the demo seed (plain Node) makes its pictures with this too.
// Above the photos phones save by default (12–24 MP), yet low enough that a small "decompression bomb" cannot
// make one upload take more than ~120 MB to decode.
export const MAX_INPUT_PIXELS = 30_000_000;

export type ResizedAvatar = { large: Uint8Array<ArrayBuffer>; small: Uint8Array<ArrayBuffer>; version: string };

export class UnreadableImageError extends Error {
  constructor(cause: unknown) {
    super("not a readable image", { cause });
  }
}

/** A real image, but more pixels than a profile photo needs (and than we decode). */
export class TooManyPixelsError extends Error {}

/**
 * Crops a photo to a centred square at each avatar size and re-encodes it as WebP (a GIF gives its first frame).
 * Re-encoding writes only pixels: EXIF, GPS position, camera and other metadata of the original are dropped,
 * after `rotate()` has applied its orientation so the photo stays upright.
 */
export async function resizeAvatar(bytes: Uint8Array): Promise<ResizedAvatar> {
  try {
    // The original is decoded once, into the large square; the small one is made from that.
    const square = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, animated: false, sequentialRead: true })
      .rotate()
      .resize(AVATAR_SIZES.large, AVATAR_SIZES.large, { fit: "cover", position: "attention" })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const raw = { raw: { width: square.info.width, height: square.info.height, channels: square.info.channels } };
    const [large, small] = await Promise.all([
      sharp(square.data, raw).webp({ quality: 82 }).toBuffer(),
      sharp(square.data, raw).resize(AVATAR_SIZES.small, AVATAR_SIZES.small).webp({ quality: 82 }).toBuffer(),
    ]);
    const version = createHash("sha256").update(large).digest("base64url").slice(0, 12);
    return { large: new Uint8Array(large), small: new Uint8Array(small), version };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw new TooManyPixelsError(error.message);
    }
    throw new UnreadableImageError(error);
  }
}
