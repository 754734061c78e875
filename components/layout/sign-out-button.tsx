import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/actions/sign-in";

export async function SignOutButton({ tone = "light" }: { tone?: "light" | "dark" }) {
  const t = await getTranslations("auth");
  return (
    <form action={signOutAction}>
      <button type="submit" className={`rounded px-2 py-1 text-sm ${tone === "dark" ? "text-stone-200 hover:bg-stone-700" : "text-stone-700 hover:bg-stone-200"}`}>
        {t("signOut")}
      </button>
    </form>
  );
}
