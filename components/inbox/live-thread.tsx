"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { MESSAGE_SENT_EVENT, type ThreadMessage } from "@/lib/inbox/thread-message";
import { ThreadMessages } from "./thread-messages";

const POLL_MS = 2000;

type Props = { messages: ThreadMessage[]; status: string; pollUrl: string; company: string; timeZone: string; side: "member" | "staff"; reportIn?: string };

/**
 * A conversation's messages, kept current by polling (decisions/018): every 2 s while the tab is visible, at once
 * when the tab comes back or a reply was sent; a status changed elsewhere re-renders the page around it.
 */
export function LiveThread({ messages, status, pollUrl, company, timeZone, side, reportIn }: Props) {
  const router = useRouter();
  const [polled, setPolled] = useState<ThreadMessage[]>([]);
  const all = useMemo(() => {
    const byId = new Map([...messages, ...polled].map((m) => [m.id, m]));
    return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }, [messages, polled]);
  const last = all.at(-1);
  const after = `after=${encodeURIComponent(last?.createdAt ?? new Date(0).toISOString())}&id=${encodeURIComponent(last?.id ?? "")}`;

  const poll = useCallback(async () => {
    const response = await fetch(`${pollUrl}?${after}`, { cache: "no-store" }).catch(() => null);
    if (!response?.ok) {
      return;
    }
    const update = (await response.json()) as { messages: ThreadMessage[]; status: string };
    if (update.messages.length) {
      setPolled((previous) => [...previous, ...update.messages]);
    }
    if (update.status !== status) {
      router.refresh();
    }
  }, [pollUrl, after, status, router]);

  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === "visible") {
        void poll();
      }
    };
    const timer = setInterval(tick, POLL_MS);
    document.addEventListener("visibilitychange", tick);
    window.addEventListener(MESSAGE_SENT_EVENT, tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", tick);
      window.removeEventListener(MESSAGE_SENT_EVENT, tick);
    };
  }, [poll]);

  return <ThreadMessages messages={all} company={company} timeZone={timeZone} side={side} reportIn={reportIn} />;
}
