"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { MESSAGE_SENT_EVENT, type ThreadMessage } from "@/lib/inbox/thread-message";

const POLL_MS = 2000;

type Props = { messages: ThreadMessage[]; pollUrl: string; company: string; timeZone: string; side: "member" | "staff" };

/**
 * A conversation's messages, kept current by polling (decisions/018): every 2 s while the tab is visible, at once
 * when the tab comes back or a reply was sent. Bodies are plain text — React escapes them; line breaks are kept
 * by CSS — so nothing anyone writes is ever markup.
 */
export function LiveThread({ messages, pollUrl, company, timeZone, side }: Props) {
  const t = useTranslations("inbox");
  const format = useFormatter();
  const [polled, setPolled] = useState<ThreadMessage[]>([]);
  const all = useMemo(() => {
    const byId = new Map([...messages, ...polled].map((m) => [m.id, m]));
    return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }, [messages, polled]);
  const last = all.at(-1);
  const after = `after=${encodeURIComponent(last?.createdAt ?? new Date(0).toISOString())}&id=${encodeURIComponent(last?.id ?? "")}`;
  const end = useRef<HTMLLIElement>(null);

  const poll = useCallback(async () => {
    const response = await fetch(`${pollUrl}?${after}`, { cache: "no-store" }).catch(() => null);
    if (!response?.ok) {
      return;
    }
    const update = (await response.json()) as { messages: ThreadMessage[] };
    if (update.messages.length) {
      setPolled((previous) => [...previous, ...update.messages]);
    }
  }, [pollUrl, after]);

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

  const count = all.length;
  useEffect(() => {
    end.current?.scrollIntoView({ block: "nearest" });
  }, [count]);

  return (
    <ol aria-label={t("messages")} aria-live="polite" className="flex flex-col gap-3">
      {all.map((m, i) => {
        const ours = side === "staff" ? m.fromStaff : m.mine;
        const author = m.mine ? t("you") : m.fromStaff && side === "member" ? t("staffAuthor", { name: m.author, company }) : m.author;
        const tone = m.internal
          ? "border-dashed border-amber-500 bg-amber-50"
          : ours
            ? "border-stone-300 bg-stone-100"
            : "border-stone-200 bg-white";
        return (
          <li key={m.id} ref={i === count - 1 ? end : undefined} className={`flex ${ours ? "justify-end" : "justify-start"}`}>
            <article className={`w-full max-w-[85%] rounded-lg border p-3 shadow-sm sm:max-w-[75%] ${tone}`}>
              <header className="mb-1 flex flex-wrap items-baseline justify-between gap-x-3 text-xs text-stone-600">
                <span className="font-semibold text-stone-800">
                  {author}
                  {m.internal ? <span className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 text-amber-900">{t("admin.internal")}</span> : null}
                </span>
                <time dateTime={m.createdAt}>{format.dateTime(new Date(m.createdAt), { dateStyle: "medium", timeStyle: "short", timeZone })}</time>
              </header>
              <p className="break-words whitespace-pre-wrap text-stone-900">{m.body}</p>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
