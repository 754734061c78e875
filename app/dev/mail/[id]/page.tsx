import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { attachmentsOf, getOutboxEmail } from "@/lib/dev/outbox";

export const dynamic = "force-dynamic";

export default async function OutboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  const email = await getOutboxEmail((await params).id);
  if (!email) {
    notFound();
  }
  const t = await getTranslations("devMail");
  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <Link href="/dev/mail" className="text-sm text-brand-800 underline">{t("back")}</Link>
      <h1 className="mt-3 text-xl font-bold">{email.subject}</h1>
      <p className="text-sm text-stone-600">{t("fromTo", { from: email.from, to: email.to })}</p>
      {attachmentsOf(email).length ? (
        <ul aria-label={t("attachments")} className="mt-3 flex flex-wrap gap-2 text-sm">
          {attachmentsOf(email).map((file, index) => (
            <li key={index}>
              <a href={`/dev/mail/${email.id}/attachments/${index}`} download={file.filename} className="rounded border border-stone-300 px-2 py-1 text-brand-800 underline">{file.filename}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {/* The email's own HTML, sandboxed: no scripts; its links open a new tab, as in a mail client. */}
      <iframe title={email.subject} srcDoc={email.html} sandbox="allow-popups allow-popups-to-escape-sandbox" className="mt-4 h-[32rem] w-full rounded-lg border border-stone-200 bg-white" />
      <details className="mt-4">
        <summary className="cursor-pointer text-sm font-medium">{t("plainText")}</summary>
        <pre className="mt-2 whitespace-pre-wrap rounded bg-stone-100 p-3 text-sm">{email.text}</pre>
      </details>
    </main>
  );
}
