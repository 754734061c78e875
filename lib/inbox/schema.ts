import { z } from "zod";

// Messages are keys of the `validation` catalog (nested under `inbox`).
export const CONVERSATION_TOPICS = ["QUESTION", "CASUAL_CHAT", "COLLABORATION"] as const;
export const CONVERSATION_STATUSES = ["OPEN", "WAITING", "CLOSED"] as const;
export type ConversationTopicName = (typeof CONVERSATION_TOPICS)[number];
export type ConversationStatusName = (typeof CONVERSATION_STATUSES)[number];

/** The longest message anyone may send: a long letter, not a document (those belong in attachments, later). */
export const MAX_BODY = 5000;
export const MAX_SUBJECT = 200;

const id = z.string().min(1).max(64);
const body = z.string().trim().min(1).max(MAX_BODY, { error: "inbox.bodyTooLong" });

/** An alumnus writes to the company. */
export const startConversationSchema = z.object({
  topic: z.enum(CONVERSATION_TOPICS, { error: "inbox.topicRequired" }),
  subject: z.string().trim().min(1).max(MAX_SUBJECT),
  body,
});
export type StartConversation = z.output<typeof startConversationSchema>;

export const conversationIdSchema = z.object({ conversationId: id });

/** A reply in a thread; for staff, `internal` makes it a note the alumnus never sees. */
export const replySchema = conversationIdSchema.extend({
  body,
  internal: z.string().optional().transform((v) => v === "on" || v === "true" || v === "1"),
});

export const assignSchema = conversationIdSchema.extend({ assigneeId: z.string().max(64).optional().transform((v) => v || null) });
export const statusSchema = conversationIdSchema.extend({ status: z.enum(CONVERSATION_STATUSES) });

export const cannedReplySchema = z.object({
  title: z.string().trim().min(1).max(100),
  body: z.string().trim().min(1).max(MAX_BODY, { error: "inbox.bodyTooLong" }),
});
export const cannedReplyIdSchema = z.object({ cannedReplyId: id });

/** The inbox's filters, from the query string; anything unknown falls back to the default. */
export const inboxFilterSchema = z.object({
  status: z.enum([...CONVERSATION_STATUSES, "ALL"]).catch("OPEN").default("OPEN"),
  assignee: z.enum(["me", "unassigned", "all"]).catch("all").default("all"),
  topic: z.enum([...CONVERSATION_TOPICS, "ALL"]).catch("ALL").default("ALL"),
});
export type InboxFilter = z.output<typeof inboxFilterSchema>;

// Direct messages between alumni (decisions/022).
export const REPORT_REASONS = ["HARASSMENT", "SPAM", "INAPPROPRIATE", "OTHER"] as const;
export const MAX_REPORT_NOTE = 1000;

/** The first message to another alumnus, from their page in the directory (by profile id). */
export const startDirectSchema = z.object({ profileId: id, body });
/** Blocking or unblocking another alumnus (membership id). */
export const blockSchema = z.object({ membershipId: id });
/** Reporting a message of a direct conversation: why, and optionally what else staff should know. */
export const reportSchema = z.object({
  messageId: id,
  reason: z.enum(REPORT_REASONS, { error: "inbox.reasonRequired" }),
  note: z.string().trim().max(MAX_REPORT_NOTE).optional().transform((v) => v || null),
});
export const reportIdSchema = z.object({ reportId: id });
/** The company's setting: may alumni write to one another. */
export const directSettingSchema = z.object({
  directMessages: z.string().optional().transform((v) => v === "on" || v === "true" || v === "1"),
});
