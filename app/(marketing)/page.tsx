import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

const FEATURES = ["rehire", "collaboration", "network", "goals"] as const;

export default async function LandingPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const [t, ta, { deleted }] = await Promise.all([getTranslations("landing"), getTranslations("account"), searchParams]);
  return (
    <>
      {deleted ? (
        <div className="mx-auto max-w-4xl px-4 pt-6">
          <FormAlert tone="success" message={ta("deleted")} />
        </div>
      ) : null}
      <section className="bg-gradient-to-b from-brand-50 to-stone-50">
        <div className="mx-auto max-w-4xl px-4 py-16 text-center sm:py-24">
          <p className="text-sm font-semibold tracking-wide text-brand-700">{t("eyebrow")}</p>
          <h1 className="mt-3 text-3xl font-bold leading-tight text-stone-900 sm:text-5xl">{t("headline")}</h1>
          <p className="mx-auto mt-5 max-w-2xl text-lg text-stone-700">{t("lead")}</p>
          <div className="mt-8 flex flex-wrap justify-center gap-3">
            <Link href="/signup" className={buttonClasses("primary", "px-6 py-3 text-base")}>
              {t("createNetwork")}
            </Link>
            <Link href="/signin" className={buttonClasses("secondary", "px-6 py-3 text-base")}>
              {t("signIn")}
            </Link>
            <Link href="/demo" className={buttonClasses("ghost", "px-6 py-3 text-base")}>
              {t("seeDemo")}
            </Link>
          </div>
        </div>
      </section>
      <section aria-labelledby="features" className="mx-auto max-w-6xl px-4 py-16">
        <h2 id="features" className="text-center text-2xl font-bold">
          {t("featuresTitle")}
        </h2>
        <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {FEATURES.map((feature) => (
            <li key={feature} className="rounded-lg border border-stone-200 bg-white p-5">
              <h3 className="font-semibold text-stone-900">{t(`features.${feature}.title`)}</h3>
              <p className="mt-2 text-sm text-stone-600">{t(`features.${feature}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
