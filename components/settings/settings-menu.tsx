import { getTranslations } from "next-intl/server";
import { NavLink } from "@/components/layout/nav-link";
import { SETTINGS_SECTIONS } from "@/lib/settings/sections";
import type { TenantContext } from "@/lib/tenancy/resolve";

/** The side menu of the settings pages: the sections this person may open. */
export async function SettingsMenu({ context }: { context: TenantContext }) {
  const t = await getTranslations("settings");
  const base = `/${context.tenant.slug}/admin/settings`;
  return (
    <nav aria-label={t("menu")} className="md:w-52 md:shrink-0">
      <ul className="flex flex-wrap gap-1 md:flex-col">
        {SETTINGS_SECTIONS.filter((section) => context.permissions.has(section.permission)).map((section) => (
          <li key={section.key}>
            <NavLink
              href={`${base}${section.path}`}
              className="block rounded px-3 py-2 text-stone-800 hover:bg-stone-100"
              currentClassName="bg-stone-200 font-semibold text-stone-900"
            >
              {t(`sections.${section.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
