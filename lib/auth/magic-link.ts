import "server-only";
import { after } from "next/server";
import { createElement } from "react";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { MagicLinkEmail, magicLinkSubject } from "@/lib/email/templates/magic-link-email";
import { env } from "@/lib/env";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { negotiateLocale } from "@/lib/i18n/negotiate";

type Params = { identifier: string; url: string; expires: Date; request: Request };

export type MagicLinkDelivery = {
  email: string;
  url: string;
  expires: Date;
  cookieLocale: string | null;
  acceptLanguage: string | null;
};

function cookieValue(request: Request, name: string): string | null {
  const cookie = request.headers.get("cookie") ?? "";
  const match = cookie.split(";").map((c) => c.trim()).find((c) => c.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : null;
}

/**
 * Emails the sign-in link in the person's language. Unknown addresses get nothing: accounts are made by joining a
 * company, not by signing in. Returns whether an email went out.
 */
export async function deliverMagicLink(delivery: MagicLinkDelivery): Promise<boolean> {
  const user = await db.user.findUnique({ where: { email: delivery.email.toLowerCase() }, select: { locale: true } });
  if (!user) {
    return false;
  }
  const locale = negotiateLocale({ userLocale: user.locale, cookieLocale: delivery.cookieLocale, acceptLanguage: delivery.acceptLanguage });
  const minutes = Math.max(1, Math.round((delivery.expires.getTime() - Date.now()) / 60_000));
  await sendEmail({
    to: delivery.email,
    subject: magicLinkSubject(locale),
    react: createElement(MagicLinkEmail, { locale, url: delivery.url, minutes }),
    tag: "magic-link",
  });
  return true;
}

/**
 * Auth.js's sendVerificationRequest. The link must point at AUTH_URL (never at a host a request claimed), and the
 * email goes out after the response, so the time to answer says nothing about whether the address has an account.
 */
export async function sendMagicLink({ identifier, url, expires, request }: Params): Promise<void> {
  const expected = env().AUTH_URL;
  if (expected && new URL(url).origin !== new URL(expected).origin) {
    throw new Error("Refusing to send a sign-in link for another origin than AUTH_URL");
  }
  const delivery: MagicLinkDelivery = {
    email: identifier,
    url,
    expires,
    cookieLocale: cookieValue(request, LOCALE_COOKIE),
    acceptLanguage: request.headers.get("accept-language"),
  };
  after(() => deliverMagicLink(delivery).catch((error) => console.error("Sign-in link not sent:", error)));
}
