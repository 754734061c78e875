import "server-only";
import { TooManyPixelsError } from "@/lib/alumni/avatar/resize";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { processFavicon, processLogo, type BrandImage } from "./images";
import type { BrandingInput } from "./schema";

type Kind = "LOGO" | "FAVICON";

/** An upload that is not an image we can read (or has too many pixels), with the field it came from. */
export class BrandImageError extends Error {
  constructor(
    readonly field: "logo" | "favicon",
    readonly tooManyPixels: boolean,
  ) {
    super(`unreadable ${field}`);
  }
}

async function processed(field: "logo" | "favicon", file: File | null, process: (bytes: Uint8Array) => Promise<BrandImage>) {
  if (!file) {
    return null;
  }
  try {
    return await process(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    throw new BrandImageError(field, error instanceof TooManyPixelsError);
  }
}

/**
 * Saves the branding form at once: the images are decoded and re-encoded first (a bad file throws before anything
 * is written), then the company's row, its images and one audit event naming what changed, in one transaction.
 */
export async function saveBranding(context: TenantContext, input: BrandingInput): Promise<void> {
  const tenantId = context.tenant.id;
  const logo = await processed("logo", input.logo, processLogo);
  const favicon = await processed("favicon", input.favicon, processFavicon);
  await db.$transaction(async (tx) => {
    const before = await tx.tenant.findUniqueOrThrow({
      where: { id: tenantId },
      select: { brandColor: true, welcomeMessageJa: true, welcomeMessageEn: true, emailSenderName: true, emailReplyTo: true },
    });
    const after = {
      brandColor: input.brandColor,
      welcomeMessageJa: input.welcomeMessageJa,
      welcomeMessageEn: input.welcomeMessageEn,
      emailSenderName: input.emailSenderName,
      emailReplyTo: input.emailReplyTo,
    };
    const changed: string[] = (Object.keys(after) as (keyof typeof after)[]).filter((key) => before[key] !== after[key]);
    await tx.tenant.update({ where: { id: tenantId }, data: after });
    const images: [Kind, string, BrandImage | null, boolean][] = [
      ["LOGO", "logo", logo, input.removeLogo],
      ["FAVICON", "favicon", favicon, input.removeFavicon],
    ];
    for (const [kind, field, image, remove] of images) {
      if (image) {
        const data = { image: image.image, width: image.width, height: image.height, version: image.version };
        await tx.tenantBrandImage.upsert({ where: { tenantId_kind: { tenantId, kind } }, create: { tenantId, kind, ...data }, update: data });
        changed.push(field);
      } else if (remove) {
        const { count } = await tx.tenantBrandImage.deleteMany({ where: { tenantId, kind } });
        if (count) {
          changed.push(field);
        }
      }
    }
    if (changed.length) {
      await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "settings.branding", details: { brandingFields: changed } }]);
    }
  });
}
