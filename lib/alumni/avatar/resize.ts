import { createHash } from "node:crypto";
import sharp from "sharp";
import { AVATAR_SIZES } from "./limits";

// No "server-only" here: the demo seed (plain Node) makes its pictures with this too.
// Above any phone camera (48 MP) yet far below what would let a small "decompression bomb" exhaust memory.
const MAX_INPUT_PIXELS = 50_000_000;

export type ResizedAvatar = { large: Uint8Array<ArrayBuffer>; small: Uint8Array<ArrayBuffer>; version: string };

export class UnreadableImageError extends Error {
  constructor(cause: unknown) {
    super("not a readable image", { cause });
  }
}

/**
 * Crops a photo to a centred square at each avatar size and re-encodes it as WebP (a GIF gives its first frame).
 * Re-encoding writes only pixels: EXIF, GPS position, camera and other metadata of the original are dropped,
 * after `rotate()` has applied its orientation so the photo stays upright.
 */
export async function resizeAvatar(bytes: Uint8Array): Promise<ResizedAvatar> {
  const render = (side: number) =>
    sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, animated: false })
      .rotate()
      .resize(side, side, { fit: "cover", position: "attention" })
      .webp({ quality: 82 })
      .toBuffer();
  try {
    const [large, small] = await Promise.all([render(AVATAR_SIZES.large), render(AVATAR_SIZES.small)]);
    const version = createHash("sha256").update(large).digest("base64url").slice(0, 12);
    return { large: new Uint8Array(large), small: new Uint8Array(small), version };
  } catch (error) {
    throw new UnreadableImageError(error);
  }
}
