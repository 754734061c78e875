"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { revokeApiKeyAction } from "@/lib/actions/api-keys";

/** Revokes a key after the person confirms: whatever uses it stops working at once. */
export function RevokeKeyButton({ tenant, id, name }: { tenant: string; id: string; name: string }) {
  const t = useTranslations("apiKeys");
  return (
    <form
      action={async (form) => {
        await revokeApiKeyAction(null, form);
      }}
      onSubmit={(event) => {
        if (!window.confirm(t("confirmRevoke", { name }))) {
          event.preventDefault();
        }
      }}
    >
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" className="text-red-700" aria-label={t("revokeNamed", { name })}>{t("revoke")}</Button>
    </form>
  );
}
