// The feed's keyset cursor in the URL: the last post shown (time, id) and the last announcement delivery shown.
export type FeedCursor = { post?: { at: Date; id: string }; delivery?: bigint };

export function encodeCursor(cursor: FeedCursor): string {
  const post = cursor.post ? `${cursor.post.at.getTime()}.${cursor.post.id}` : "";
  return `${post}~${cursor.delivery ?? ""}`;
}

/** Anything malformed reads as "from the top" rather than failing the page. */
export function decodeCursor(raw: string | undefined): FeedCursor {
  const match = raw ? /^(?:(\d{1,15})\.([a-z0-9]{1,64}))?~(\d{1,19})?$/i.exec(raw) : null;
  if (!match) {
    return {};
  }
  return {
    post: match[1] && match[2] ? { at: new Date(Number(match[1])), id: match[2] } : undefined,
    delivery: match[3] ? BigInt(match[3]) : undefined,
  };
}
