import type { NotificationKind } from "@/lib/generated/prisma/enums";

export type { NotificationKind };

export const NOTIFICATION_KINDS = ["DIRECT_MESSAGE", "COMPANY_REPLY", "INBOX_MESSAGE", "COMMENT", "MENTION", "APPROVAL"] as const satisfies readonly NotificationKind[];

/**
 * The email category (decisions/009) that decides each kind's mail: whether it goes, and at once or in the daily
 * digest. Messages of every kind are "messages"; the feed's comments and mentions are "feed"; join requests
 * waiting for staff are "approvals" (a category only staff see).
 */
export const KIND_CATEGORY: Record<NotificationKind, "messages" | "feed" | "approvals"> = {
  DIRECT_MESSAGE: "messages",
  COMPANY_REPLY: "messages",
  INBOX_MESSAGE: "messages",
  COMMENT: "feed",
  MENTION: "feed",
  APPROVAL: "approvals",
};

export const EXCERPT_LIMIT = 280;

/** A plain-text excerpt of at most 280 characters (an ellipsis marks a cut), or null for nothing. */
export function excerptOf(text: string | null | undefined): string | null {
  const flat = text?.replace(/\s+/g, " ").trim();
  if (!flat) {
    return null;
  }
  const chars = Array.from(flat);
  return chars.length > EXCERPT_LIMIT ? `${chars.slice(0, EXCERPT_LIMIT - 1).join("")}…` : flat;
}
