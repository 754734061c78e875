import { Button, Link, Text } from "@react-email/components";
import type { AppLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { EmailLayout } from "./email-layout";

type Props = { locale: AppLocale; url: string; minutes: number };

export function magicLinkSubject(locale: AppLocale): string {
  return translatorFor(locale, "email")("magicLink.subject");
}

export function MagicLinkEmail({ locale, url, minutes }: Props) {
  const t = translatorFor(locale, "email");
  return (
    <EmailLayout lang={locale} preview={t("magicLink.preview")} brand={t("brand")} footer={t("magicLink.ignore")}>
      <Text style={{ fontSize: "16px", lineHeight: "24px" }}>{t("magicLink.intro", { minutes })}</Text>
      <Button
        href={url}
        style={{ backgroundColor: "#b45309", color: "#ffffff", padding: "12px 20px", borderRadius: "6px", fontWeight: 600 }}
      >
        {t("magicLink.button")}
      </Button>
      <Text style={{ fontSize: "13px", color: "#57534e", marginTop: "24px" }}>
        {t("magicLink.fallback")} <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  );
}
