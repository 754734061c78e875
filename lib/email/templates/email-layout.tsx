import type { ReactNode } from "react";
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";

type Props = { lang: string; preview: string; brand: string; footer: string; children: ReactNode };

/** The frame every Kizuna email shares: brand line, content, footer. */
export function EmailLayout({ lang, preview, brand, footer, children }: Props) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f5f5f4", fontFamily: "'Hiragino Sans', 'Noto Sans JP', Meiryo, sans-serif", margin: 0 }}>
        <Container style={{ backgroundColor: "#ffffff", margin: "32px auto", padding: "32px", maxWidth: "560px", borderRadius: "8px" }}>
          <Text style={{ color: "#b45309", fontWeight: 700, fontSize: "14px", margin: "0 0 16px" }}>{brand}</Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#e7e5e4", margin: "24px 0" }} />
          <Text style={{ color: "#78716c", fontSize: "12px", margin: 0 }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
