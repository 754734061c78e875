import type { Permission } from "@/lib/tenancy/permissions";

// The company's settings, one page each under /{tenant}/admin/settings. The side menu is built from this list,
// so a new section is one line here plus its page; its label is `settings.sections.<key>` in messages/*.json.
export const SETTINGS_SECTIONS = [
  { key: "general", path: "", permission: "settings.manage" },
  { key: "branding", path: "/branding", permission: "settings.manage" },
  { key: "domain", path: "/domain", permission: "settings.manage" },
  { key: "apiKeys", path: "/api-keys", permission: "settings.manage" },
  { key: "webhooks", path: "/webhooks", permission: "settings.manage" },
  { key: "sso", path: "/sso", permission: "settings.manage" },
] as const satisfies readonly { key: string; path: string; permission: Permission }[];

export type SettingsSection = (typeof SETTINGS_SECTIONS)[number]["key"];
