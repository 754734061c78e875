"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { ReportMessage } from "@/components/direct/report-message";
import type { ThreadMessage } from "@/lib/inbox/thread-message";

/** `reportIn`: a direct conversation's tenant, where the other person's messages can be reported (decisions/022). */
type Props = { messages: ThreadMessage[]; company: string; timeZone: string; side: "member" | "staff"; reportIn?: string };

/**
 * A conversation's messages as one side sees them. Bodies are plain text — React escapes them, CSS keeps line
 * breaks — so nothing anyone writes is ever markup.
 */
export function ThreadMessages({ messages: all, company, timeZone, side, reportIn }: Props) {
  const t = useTranslations("inbox");
  const format = useFormatter();
  const end = useRef<HTMLLIElement>(null);
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
              {reportIn && !m.mine ? <ReportMessage tenant={reportIn} messageId={m.id} /> : null}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
