import { Button, Link, Section, Text } from "@react-email/components";
import { emailAccent, type Branded } from "./email-branding";
import { EmailLayout } from "./email-layout";

type Item = { title: string; subject: string | null; excerpt: string | null; url: string };
type Props = { lang: string; brand: string; preview: string; lead: string; items: Item[]; more: string | null; action: { label: string; url: string }; footer: string } & Branded;

/** The daily digest: every notification of the day, each with its link. */
export function DigestEmail({ lang, brand, preview, lead, items, more, action, footer, branding }: Props) {
  return (
    <EmailLayout lang={lang} preview={preview} brand={brand} footer={footer} branding={branding}>
      <Text style={{ fontSize: "16px", lineHeight: "24px" }}>{lead}</Text>
      {items.map((item, i) => (
        <Section key={i} style={{ borderTop: "1px solid #e7e5e4", padding: "8px 0" }}>
          <Text style={{ fontSize: "15px", fontWeight: 600, margin: "4px 0" }}>
            <Link href={item.url}>{item.title}</Link>
          </Text>
          {item.subject ? <Text style={{ fontSize: "14px", color: "#57534e", margin: "2px 0" }}>{item.subject}</Text> : null}
          {item.excerpt ? <Text style={{ fontSize: "14px", lineHeight: "20px", margin: "2px 0" }}>{item.excerpt}</Text> : null}
        </Section>
      ))}
      {more ? <Text style={{ fontSize: "14px", color: "#57534e" }}>{more}</Text> : null}
      <Button href={action.url} style={{ backgroundColor: emailAccent(branding), color: "#ffffff", padding: "12px 20px", borderRadius: "6px", fontWeight: 600 }}>
        {action.label}
      </Button>
    </EmailLayout>
  );
}
