"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { importRosterAction } from "@/lib/actions/roster";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { ProgressBar } from "@/components/ui/progress-bar";

type Props = { tenant: string; importId: string; mapping: Record<string, number | undefined>; validRows: number; totalRows: number };

/** Starts the import with the chosen mapping and shows how far it has got until it is done. */
export function ImportButton({ tenant, importId, mapping, validRows, totalRows }: Props) {
  const t = useTranslations("roster.import");
  const [state, action, pending] = useActionState(importRosterAction, null);
  const [done, setDone] = useState(0);

  useEffect(() => {
    if (!pending) {
      return;
    }
    const timer = setInterval(async () => {
      const response = await fetch(`/${tenant}/admin/roster/imports/${importId}/progress`, { cache: "no-store" });
      if (response.ok) {
        setDone(((await response.json()) as { doneRows: number }).doneRows);
      }
    }, 500);
    return () => clearInterval(timer);
  }, [pending, tenant, importId]);

  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="importId" value={importId} />
      {Object.entries(mapping).map(([field, index]) => (
        <input key={field} type="hidden" name={`map_${field}`} value={index ?? ""} />
      ))}
      <FormAlert message={state && !state.ok ? state.error : undefined} />
      {pending ? <ProgressBar label={t("importing")} value={totalRows ? done / totalRows : null} detail={`${done} / ${totalRows}`} /> : null}
      <div>
        <Button type="submit" disabled={pending || validRows === 0}>
          {t("submit", { count: validRows })}
        </Button>
      </div>
    </form>
  );
}
