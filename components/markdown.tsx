import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

/**
 * Markdown written by staff (event descriptions, announcements). react-markdown never renders raw HTML, and rehype-sanitize (GitHub's allow-list) drops
 * anything unsafe that Markdown itself can express, such as javascript: links.
 */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="prose-event space-y-3 text-stone-800 [&_a]:text-brand-800 [&_a]:underline [&_h1]:text-xl [&_h1]:font-bold [&_h2]:text-lg [&_h2]:font-bold [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc">
      <ReactMarkdown rehypePlugins={[rehypeSanitize]} components={{ a: ({ node: _node, ...props }) => <a {...props} rel="noopener noreferrer nofollow" target="_blank" /> }}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
