import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import { markdownComponents } from "./broadcast-email";
import { emailAccent, type Branded } from "./email-branding";
import { EmailLayout } from "./email-layout";

type Props = { lang: string; company: string; preview: string; body: string; footer: string } & Branded;

/** The company's welcome message (Markdown from its template, values escaped): no raw HTML, sanitised like announcements. */
export function WelcomeEmail({ lang, company, preview, body, footer, branding }: Props) {
  return (
    <EmailLayout lang={lang} preview={preview} brand={company} footer={footer} branding={branding}>
      <ReactMarkdown rehypePlugins={[rehypeSanitize]} components={markdownComponents(emailAccent(branding))}>
        {body}
      </ReactMarkdown>
    </EmailLayout>
  );
}
