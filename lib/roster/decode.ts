// Japanese Excel saves CSV as Shift_JIS (CP932); everything else is UTF-8, sometimes with a BOM.
export type RosterEncoding = "utf-8" | "shift_jis";

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((b, i) => bytes[i] === b);
}

/** UTF-8 when the sample decodes as UTF-8 (a sequence cut at the sample's end is allowed), else Shift_JIS. */
export function detectEncoding(sample: Uint8Array): RosterEncoding {
  if (hasUtf8Bom(sample)) {
    return "utf-8";
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: true });
    return "utf-8";
  } catch {
    return "shift_jis";
  }
}

/** A streaming decoder that refuses bytes that are not valid in the detected encoding. */
export function createDecoder(encoding: RosterEncoding): TextDecoder {
  // CP932 is what "shift_jis" means in the WHATWG Encoding Standard that TextDecoder implements.
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
}
