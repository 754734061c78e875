import { describe, expect, it } from "vitest";
import { detectImageType } from "@/lib/alumni/avatar/detect-type";
import { initialsOf } from "@/lib/alumni/initials";

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === "string" ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe("telling an image from its first bytes", () => {
  it("recognises JPEG, PNG, WebP and GIF", () => {
    expect(detectImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("jpeg");
    expect(detectImageType(bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a))).toBe("png");
    expect(detectImageType(bytes("RIFF", 0, 0, 0, 0, "WEBP"))).toBe("webp");
    expect(detectImageType(bytes("GIF89a"))).toBe("gif");
  });

  it("refuses anything else, whatever the file is called", () => {
    expect(detectImageType(bytes("hello.png"))).toBeNull();
    expect(detectImageType(bytes("<svg xmlns"))).toBeNull();
    expect(detectImageType(bytes("RIFF", 0, 0, 0, 0, "WAVE"))).toBeNull();
    expect(detectImageType(new Uint8Array())).toBeNull();
  });
});

describe("initials for a person without a photo", () => {
  it("takes the family name's first character of a Japanese name and two letters of a Latin one", () => {
    expect(initialsOf("佐藤 花子")).toBe("佐");
    expect(initialsOf("さとう")).toBe("さ");
    expect(initialsOf("Emily Carter")).toBe("EC");
    expect(initialsOf("emily")).toBe("E");
    expect(initialsOf("  ")).toBe("?");
  });
});
