import { Button, Link, Text } from "@react-email/components";
import { emailAccent, type Branded } from "./email-branding";
import { EmailLayout } from "./email-layout";

type Props = { lang: string; brand: string; preview: string; paragraphs: string[]; action?: { label: string; url: string; fallback: string }; footer: string } & Branded;

/** A short message with an optional button: the shape most of Kizuna's emails share. */
export function NoticeEmail({ lang, brand, preview, paragraphs, action, footer, branding }: Props) {
  return (
    <EmailLayout lang={lang} preview={preview} brand={brand} footer={footer} branding={branding}>
      {paragraphs.map((p, i) => (
        <Text key={i} style={{ fontSize: "16px", lineHeight: "24px" }}>{p}</Text>
      ))}
      {action ? (
        <>
          <Button href={action.url} style={{ backgroundColor: emailAccent(branding), color: "#ffffff", padding: "12px 20px", borderRadius: "6px", fontWeight: 600 }}>
            {action.label}
          </Button>
          <Text style={{ fontSize: "13px", color: "#57534e", marginTop: "24px" }}>
            {action.fallback} <Link href={action.url}>{action.url}</Link>
          </Text>
        </>
      ) : null}
    </EmailLayout>
  );
}
