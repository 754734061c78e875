import { Button, Link, Section, Text } from "@react-email/components";
import { emailAccent, type Branded } from "./email-branding";
import { EmailLayout } from "./email-layout";

export type EventEmailProps = {
  lang: string;
  brand: string;
  preview: string;
  heading: string;
  paragraphs: string[];
  details: { label: string; value: string; href?: string }[];
  action: { label: string; url: string };
  calendar?: { label: string; google: string; outlook: string; googleLabel: string; outlookLabel: string; attached: string };
  footer: string;
} & Branded;

/** Mail about one event: what happened, when and where, a button to the event, and calendar links when there is a seat. */
export function EventEmail({ lang, brand, preview, heading, paragraphs, details, action, calendar, footer, branding }: EventEmailProps) {
  return (
    <EmailLayout lang={lang} preview={preview} brand={brand} footer={footer} branding={branding}>
      <Text style={{ fontSize: "20px", fontWeight: 700, margin: "0 0 12px" }}>{heading}</Text>
      {paragraphs.map((p, i) => (
        <Text key={i} style={{ fontSize: "16px", lineHeight: "24px" }}>{p}</Text>
      ))}
      <Section style={{ backgroundColor: "#fafaf9", borderRadius: "6px", padding: "12px 16px", margin: "8px 0 16px" }}>
        {details.map((d) => (
          <Text key={d.label} style={{ fontSize: "14px", lineHeight: "20px", margin: "4px 0" }}>
            <strong>{d.label}: </strong>
            {d.href ? <Link href={d.href}>{d.value}</Link> : d.value}
          </Text>
        ))}
      </Section>
      <Button href={action.url} style={{ backgroundColor: emailAccent(branding), color: "#ffffff", padding: "12px 20px", borderRadius: "6px", fontWeight: 600 }}>
        {action.label}
      </Button>
      {calendar ? (
        <Text style={{ fontSize: "14px", color: "#57534e", marginTop: "24px" }}>
          {calendar.label} <Link href={calendar.google}>{calendar.googleLabel}</Link> · <Link href={calendar.outlook}>{calendar.outlookLabel}</Link>
          <br />
          {calendar.attached}
        </Text>
      ) : null}
    </EmailLayout>
  );
}
