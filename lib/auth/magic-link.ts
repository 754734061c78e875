import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { MagicLinkEmail, magicLinkSubject } from "@/lib/email/templates/magic-link-email";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { negotiateLocale } from "@/lib/i18n/negotiate";

type Params = { identifier: string; url: string; expires: Date; request: Request };

function cookieValue(request: Request, name: string): string | null {
  const cookie = request.headers.get("cookie") ?? "";
  const match = cookie.split(";").map((c) => c.trim()).find((c) => c.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : null;
}

/**
 * Sends the sign-in link, in the person's language. Unknown addresses get nothing (accounts are made by
 * joining a company, not by signing in), while the page says "check your email" either way so no one can
 * probe which addresses have accounts.
 */
export async function sendMagicLink({ identifier, url, expires, request }: Params): Promise<void> {
  const user = await db.user.findUnique({ where: { email: identifier.toLowerCase() }, select: { locale: true } });
  if (!user) {
    return;
  }
  const locale = negotiateLocale({
    userLocale: user.locale,
    cookieLocale: cookieValue(request, LOCALE_COOKIE),
    acceptLanguage: request.headers.get("accept-language"),
  });
  const minutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60_000));
  await sendEmail({
    to: identifier,
    subject: magicLinkSubject(locale),
    react: createElement(MagicLinkEmail, { locale, url, minutes }),
    tag: "magic-link",
  });
}
