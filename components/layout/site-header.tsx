import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { LocaleSwitcher } from "./locale-switcher";
import { Logo } from "./logo";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const [t, session] = await Promise.all([getTranslations("nav"), getSession()]);
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Logo />
        <nav aria-label={t("main")} className="flex flex-wrap items-center gap-2">
          {session ? (
            <>
              <Link href="/networks" className="rounded px-2 py-1 text-sm text-stone-700 hover:bg-stone-200">
                {t("myNetworks")}
              </Link>
              <Link href="/account" className="rounded px-2 py-1 text-sm text-stone-700 hover:bg-stone-200">
                {t("account")}
              </Link>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/signin" className="rounded px-2 py-1 text-sm text-stone-700 hover:bg-stone-200">
                {t("signIn")}
              </Link>
              <Link href="/signup" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
                {t("signUp")}
              </Link>
            </>
          )}
          <LocaleSwitcher />
        </nav>
      </div>
    </header>
  );
}
