import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import { markdownComponents } from "./broadcast-email";
import { EmailLayout } from "./email-layout";

type Props = { lang: string; company: string; preview: string; body: string; footer: string };

/** The company's welcome message (Markdown from its template, values escaped): no raw HTML, sanitised like announcements. */
export function WelcomeEmail({ lang, company, preview, body, footer }: Props) {
  return (
    <EmailLayout lang={lang} preview={preview} brand={company} footer={footer}>
      <ReactMarkdown rehypePlugins={[rehypeSanitize]} components={markdownComponents("#b45309")}>
        {body}
      </ReactMarkdown>
    </EmailLayout>
  );
}
