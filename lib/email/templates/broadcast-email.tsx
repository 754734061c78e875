import type { CSSProperties, ReactNode } from "react";
import { Body, Container, Head, Hr, Html, Img, Link, Preview, Section, Text } from "@react-email/components";
import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import { emailAccent, logoWidthAt40, type Branded } from "./email-branding";

export type BroadcastEmailProps = {
  lang: string;
  company: string;
  subject: string;
  /** Markdown written by staff: rendered like the portal's (no raw HTML, GitHub's sanitize allow-list). */
  body: string;
  /** Why the person gets this, and the links to stop it (the unsubscribe link is per recipient). */
  why: string;
  unsubscribeLabel: string;
  unsubscribeUrl: string;
  preferencesLabel: string;
  preferencesUrl: string;
  sentBy: string;
  /** A line above the content (a test send says so). */
  notice?: string;
} & Branded;

// Mail clients ignore stylesheets more often than not: every element carries its own style.
const text: CSSProperties = { fontSize: "16px", lineHeight: "26px", color: "#1c1917", margin: "0 0 16px" };
const heading = (size: number): CSSProperties => ({ fontSize: `${size}px`, lineHeight: "1.35", fontWeight: 700, color: "#1c1917", margin: "24px 0 12px" });

export function markdownComponents(accent: string): Components {
  return {
    p: ({ children }) => <p style={text}>{children}</p>,
    h1: ({ children }) => <h1 style={heading(22)}>{children}</h1>,
    h2: ({ children }) => <h2 style={heading(19)}>{children}</h2>,
    h3: ({ children }) => <h3 style={heading(17)}>{children}</h3>,
    h4: ({ children }) => <h4 style={heading(16)}>{children}</h4>,
    a: ({ href, children }) => (
      <a href={href} style={{ color: accent, textDecoration: "underline" }} rel="noopener noreferrer nofollow" target="_blank">
        {children}
      </a>
    ),
    ul: ({ children }) => <ul style={{ ...text, paddingLeft: "24px" }}>{children}</ul>,
    ol: ({ children }) => <ol style={{ ...text, paddingLeft: "24px" }}>{children}</ol>,
    li: ({ children }) => <li style={{ margin: "0 0 4px" }}>{children}</li>,
    blockquote: ({ children }) => <blockquote style={{ borderLeft: `4px solid ${accent}`, margin: "0 0 16px", padding: "0 0 0 12px", color: "#57534e" }}>{children}</blockquote>,
    code: ({ children }) => <code style={{ fontFamily: "Menlo, Consolas, monospace", fontSize: "14px", backgroundColor: "#f5f5f4", padding: "1px 4px", borderRadius: "4px" }}>{children}</code>,
    pre: ({ children }) => <pre style={{ backgroundColor: "#f5f5f4", padding: "12px", borderRadius: "6px", overflowX: "auto", margin: "0 0 16px" }}>{children}</pre>,
    hr: () => <hr style={{ border: "none", borderTop: "1px solid #e7e5e4", margin: "24px 0" }} />,
    img: ({ src, alt }) => (typeof src === "string" ? <Img src={src} alt={alt ?? ""} style={{ maxWidth: "100%", height: "auto" }} /> : null),
    table: ({ children }) => <table style={{ borderCollapse: "collapse", margin: "0 0 16px", fontSize: "14px" }}>{children}</table>,
    th: ({ children }) => <th style={{ border: "1px solid #e7e5e4", padding: "4px 8px", textAlign: "left" }}>{children}</th>,
    td: ({ children }) => <td style={{ border: "1px solid #e7e5e4", padding: "4px 8px" }}>{children}</td>,
  };
}

function Footer({ children }: { children: ReactNode }) {
  return <Text style={{ color: "#78716c", fontSize: "12px", lineHeight: "18px", margin: "0 0 8px" }}>{children}</Text>;
}

/** An announcement by email: the company's logo and name on its colour, the Markdown body, and why it came and how to stop it. */
export function BroadcastEmail(props: BroadcastEmailProps) {
  const accent = emailAccent(props.branding);
  return (
    <Html lang={props.lang}>
      <Head />
      <Preview>{props.subject}</Preview>
      <Body style={{ backgroundColor: "#f5f5f4", fontFamily: "'Hiragino Sans', 'Noto Sans JP', Meiryo, sans-serif", margin: 0 }}>
        <Container style={{ backgroundColor: "#ffffff", margin: "32px auto", maxWidth: "600px", borderRadius: "8px", overflow: "hidden" }}>
          {props.branding?.logoUrl ? (
            <Section style={{ padding: "20px 32px 16px" }}>
              <Img src={props.branding.logoUrl} alt={props.company} height="40" width={logoWidthAt40(props.branding)} style={{ height: "40px", width: "auto" }} />
            </Section>
          ) : null}
          <Section style={{ backgroundColor: accent, padding: "16px 32px" }}>
            <Text style={{ color: "#ffffff", fontWeight: 700, fontSize: "16px", margin: 0 }}>{props.company}</Text>
          </Section>
          <Section style={{ padding: "24px 32px 8px" }}>
            {props.notice ? <Text style={{ ...text, fontSize: "13px", color: "#92400e", backgroundColor: "#fef3c7", padding: "8px 12px", borderRadius: "6px" }}>{props.notice}</Text> : null}
            <Text style={{ ...heading(22), margin: "0 0 16px" }}>{props.subject}</Text>
            <ReactMarkdown rehypePlugins={[rehypeSanitize]} components={markdownComponents(accent)}>
              {props.body}
            </ReactMarkdown>
          </Section>
          <Section style={{ padding: "0 32px 24px" }}>
            <Hr style={{ borderColor: "#e7e5e4", margin: "8px 0 16px" }} />
            <Footer>{props.why}</Footer>
            <Footer>
              <Link href={props.unsubscribeUrl} style={{ color: "#57534e", textDecoration: "underline" }}>
                {props.unsubscribeLabel}
              </Link>
              {" · "}
              <Link href={props.preferencesUrl} style={{ color: "#57534e", textDecoration: "underline" }}>
                {props.preferencesLabel}
              </Link>
            </Footer>
            <Footer>{props.sentBy}</Footer>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
