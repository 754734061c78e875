import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

const isLocal = (href: string | undefined) => Boolean(href?.startsWith("/") && !href.startsWith("//"));

/**
 * Markdown written by staff (event descriptions, announcements) or shipped with the app (the knowledge centre's
 * guides). react-markdown never renders raw HTML, and rehype-sanitize (GitHub's allow-list) drops anything unsafe
 * that Markdown itself can express, such as javascript: links. Links open in a new tab, except — with
 * `localLinksInPlace`, for the guides — links to the app's own screens.
 */
export function Markdown({ source, localLinksInPlace = false }: { source: string; localLinksInPlace?: boolean }) {
  return (
    <div className="prose-event space-y-3 text-stone-800 [&_a]:text-brand-800 [&_a]:underline [&_h1]:text-xl [&_h1]:font-bold [&_h2]:text-lg [&_h2]:font-bold [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc">
      <ReactMarkdown
        rehypePlugins={[rehypeSanitize]}
        components={{
          a: ({ node: _node, ...props }) => (localLinksInPlace && isLocal(props.href) ? <a {...props} /> : <a {...props} rel="noopener noreferrer nofollow" target="_blank" />),
        }}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
