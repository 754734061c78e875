import { Button, Link, Text } from "@react-email/components";
import type { AppLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { EmailLayout } from "./email-layout";

type Props = { locale: AppLocale; company: string; name: string; url: string; expires: string };

export function invitationSubject(locale: AppLocale, company: string): string {
  return translatorFor(locale, "email")("invitation.subject", { company });
}

export function InvitationEmail({ locale, company, name, url, expires }: Props) {
  const t = translatorFor(locale, "email");
  return (
    <EmailLayout lang={locale} preview={t("invitation.preview", { company })} brand={company} footer={t("invitation.footer", { company })}>
      <Text style={{ fontSize: "16px" }}>{t("invitation.greeting", { name })}</Text>
      <Text style={{ fontSize: "16px", lineHeight: "24px" }}>{t("invitation.body", { company })}</Text>
      <Button href={url} style={{ backgroundColor: "#b45309", color: "#ffffff", padding: "12px 20px", borderRadius: "6px", fontWeight: 600 }}>
        {t("invitation.button")}
      </Button>
      <Text style={{ fontSize: "13px", color: "#57534e", marginTop: "24px" }}>{t("invitation.expires", { date: expires })}</Text>
      <Text style={{ fontSize: "13px", color: "#57534e" }}>
        {t("invitation.fallback")} <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  );
}
