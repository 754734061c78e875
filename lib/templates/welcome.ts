import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { WelcomeEmail } from "@/lib/email/templates/welcome-email";
import { isLocale, type AppLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { fillTemplate } from "./fill";
import { appBaseUrl } from "./sample";
import { resolveTemplate } from "./store";

type WelcomeTenant = { id: string; slug: string; name: string; nameEn: string | null; defaultLocale: string };

/** The welcome message filled for one member, in their language (else the company's). */
export async function welcomeMessageFor(tenant: WelcomeTenant, person: { name: string; locale: string | null | undefined }) {
  const locale: AppLocale = isLocale(person.locale) ? person.locale : isLocale(tenant.defaultLocale) ? tenant.defaultLocale : "ja";
  const company = tenantDisplayName(tenant, locale);
  const template = await resolveTemplate(tenant.id, "welcome", locale);
  const values = { company, name: person.name, link: `${appBaseUrl()}/${tenant.slug}` };
  return { locale, company, subject: fillTemplate(template.subject, values, "plain"), body: fillTemplate(template.body, values, "markdown") };
}

/**
 * Mails the company's welcome message to someone whose membership just became active (invitation accepted,
 * roster match, approval). Sent after the join committed; a mail failure is logged and never undoes the join.
 */
export async function sendWelcomeEmail(tenantId: string, userId: string): Promise<void> {
  try {
    const membership = await db.membership.findUnique({
      where: { tenantId_userId: { tenantId, userId } },
      select: {
        status: true,
        tenant: { select: { id: true, slug: true, name: true, nameEn: true, defaultLocale: true } },
        user: { select: { email: true, name: true, locale: true } },
        profile: { select: { displayName: true } },
      },
    });
    if (!membership || membership.status !== "ACTIVE") {
      return;
    }
    const { tenant, user } = membership;
    const message = await welcomeMessageFor(tenant, { name: membership.profile?.displayName ?? user.name ?? "", locale: user.locale });
    await sendEmail({
      to: user.email,
      subject: message.subject,
      tenantId,
      tag: "welcome",
      react: createElement(WelcomeEmail, {
        lang: message.locale,
        company: message.company,
        preview: message.subject,
        body: message.body,
        footer: translatorFor(message.locale, "email")("welcome.footer", { company: message.company }),
      }),
    });
  } catch (error) {
    console.error("welcome email not sent", error);
  }
}
