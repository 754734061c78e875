import type { ReactNode } from "react";
import { Body, Container, Head, Hr, Html, Img, Preview, Section, Text } from "@react-email/components";
import { emailAccent, logoWidthAt40, type EmailBranding } from "./email-branding";

type Props = { lang: string; preview: string; brand: string; footer: string; branding?: EmailBranding; children: ReactNode };

/** The frame every Kizuna email shares: the company's logo or name in its colour, content, footer. */
export function EmailLayout({ lang, preview, brand, footer, branding, children }: Props) {
  const accent = emailAccent(branding);
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f5f5f4", fontFamily: "'Hiragino Sans', 'Noto Sans JP', Meiryo, sans-serif", margin: 0 }}>
        <Container style={{ backgroundColor: "#ffffff", margin: "32px auto", padding: "32px", maxWidth: "560px", borderRadius: "8px", borderTop: `4px solid ${accent}` }}>
          {branding?.logoUrl ? <Img src={branding.logoUrl} alt={brand} height="40" width={logoWidthAt40(branding)} style={{ height: "40px", width: "auto", margin: "0 0 16px" }} /> : null}
          <Text style={{ color: accent, fontWeight: 700, fontSize: "14px", margin: "0 0 16px" }}>{brand}</Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#e7e5e4", margin: "24px 0" }} />
          <Text style={{ color: "#78716c", fontSize: "12px", margin: 0 }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
