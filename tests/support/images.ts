import sharp from "sharp";

/** A real photo-like PNG: a gradient, so resizing and cropping have something to work on. */
export async function pngOf(width: number, height: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="#f59e0b"/><stop offset="1" stop-color="#1d4ed8"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A JPEG as a phone writes it, with the GPS position of where it was taken in its EXIF. */
export async function jpegWithGps(width: number, height: number): Promise<Buffer> {
  return sharp(await pngOf(width, height))
    .jpeg()
    .withExif({ IFD0: { Make: "KizunaPhone" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "35/1 41/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "139/1 41/1 0/1" } })
    .toBuffer();
}

export function fileOf(bytes: Uint8Array | string, name: string, type: string): File {
  return new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });
}
