/** A message as a thread shows it (server render and poll answer alike). */
export type ThreadMessage = { id: string; body: string; fromStaff: boolean; internal: boolean; mine: boolean; author: string; createdAt: string };

/** The event a reply form fires after sending, so the open thread polls at once instead of on its next tick. */
export const MESSAGE_SENT_EVENT = "kizuna:message-sent";
