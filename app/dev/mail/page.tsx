import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { listOutbox } from "@/lib/dev/outbox";

export const dynamic = "force-dynamic";

export default async function OutboxPage() {
  const [emails, t, format] = await Promise.all([listOutbox(), getTranslations("devMail"), getFormatter()]);
  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-sm text-stone-600">{t("lead")}</p>
      {emails.length === 0 ? (
        <p className="mt-6 text-stone-600">{t("empty")}</p>
      ) : (
        <ul className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {emails.map((email) => (
            <li key={email.id}>
              <Link href={`/dev/mail/${email.id}`} className="flex flex-col gap-0.5 px-4 py-3 hover:bg-stone-50 sm:flex-row sm:items-center sm:justify-between">
                <span>
                  <span className="font-medium">{email.subject}</span>
                  <span className="ml-2 text-sm text-stone-600">{t("to", { to: email.to })}</span>
                </span>
                <time className="text-xs text-stone-500" dateTime={email.createdAt.toISOString()}>
                  {format.dateTime(email.createdAt, { dateStyle: "short", timeStyle: "medium" })}
                </time>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
