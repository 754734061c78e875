import { Button, Link, Text } from "@react-email/components";
import type { AppLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { emailAccent, type Branded } from "./email-branding";
import { EmailLayout } from "./email-layout";

/** `paragraphs`: the company's invitation template (or Kizuna's default), placeholders filled, as plain text. */
type Props = { locale: AppLocale; company: string; paragraphs: string[]; url: string; expires: string } & Branded;

export function InvitationEmail({ locale, company, paragraphs, url, expires, branding }: Props) {
  const t = translatorFor(locale, "email");
  return (
    <EmailLayout lang={locale} preview={t("invitation.preview", { company })} brand={company} footer={t("invitation.footer", { company })} branding={branding}>
      {paragraphs.map((paragraph, i) => (
        <Text key={i} style={{ fontSize: "16px", lineHeight: "24px", whiteSpace: "pre-line" }}>{paragraph}</Text>
      ))}
      <Button href={url} style={{ backgroundColor: emailAccent(branding), color: "#ffffff", padding: "12px 20px", borderRadius: "6px", fontWeight: 600 }}>
        {t("invitation.button")}
      </Button>
      <Text style={{ fontSize: "13px", color: "#57534e", marginTop: "24px" }}>{t("invitation.expires", { date: expires })}</Text>
      <Text style={{ fontSize: "13px", color: "#57534e" }}>
        {t("invitation.fallback")} <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  );
}
