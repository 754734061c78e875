import { accentOf } from "@/lib/branding/colour";

/**
 * A company's look in its emails: its logo (an absolute URL mail clients can fetch) and its colour. `sendEmail`
 * adds it to every email sent with a tenant id (decisions/030), so no template asks for it.
 */
export type EmailBranding = { logoUrl: string | null; color: string | null; logoSize?: { width: number; height: number } };

/** The logo's width at the 40-pixel height emails show it (Outlook needs both attributes to keep its shape). */
export const logoWidthAt40 = (branding: EmailBranding) => (branding.logoSize ? Math.round((40 * branding.logoSize.width) / branding.logoSize.height) : undefined);

/** What a template takes besides its own props: the branding `sendEmail` injects. */
export type Branded = { branding?: EmailBranding };

/** The colour of buttons and links: the company's readable 700 shade, or Kizuna's amber. */
export const emailAccent = (branding: EmailBranding | undefined) => accentOf(branding?.color);
