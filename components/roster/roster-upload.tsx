"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { ProgressBar } from "@/components/ui/progress-bar";

const MAX_BYTES = 50 * 1024 * 1024;

/** Picks a CSV and sends it as the request body, showing how much has gone up; then opens its preview. */
export function RosterUpload({ tenant }: { tenant: string }) {
  const t = useTranslations("roster.upload");
  const router = useRouter();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [error, setError] = useState<string | undefined>();

  const upload = () => {
    if (!file) {
      setError(t("chooseFile"));
      return;
    }
    if (file.size > MAX_BYTES) {
      setError(t("tooLarge"));
      return;
    }
    setError(undefined);
    setSent(0);
    const request = new XMLHttpRequest();
    request.open("POST", `/${tenant}/admin/roster/upload`);
    request.setRequestHeader("x-file-name", encodeURIComponent(file.name));
    request.upload.onprogress = (event) => setSent(event.lengthComputable ? event.loaded / event.total : 0);
    request.onerror = () => {
      setSent(null);
      setError(t("failed"));
    };
    request.onload = () => {
      const body = JSON.parse(request.responseText || "{}") as { ok?: boolean; id?: string; reason?: string };
      if (body.ok && body.id) {
        router.push(`/${tenant}/admin/roster/imports/${body.id}`);
      } else {
        setSent(null);
        setError(t(body.reason === "tooLarge" ? "tooLarge" : body.reason === "notCsv" ? "notCsv" : body.reason === "empty" ? "empty" : "failed"));
      }
    };
    request.send(file);
  };

  return (
    <div className="flex flex-col gap-4">
      <FormAlert message={error} />
      <div className="flex flex-col gap-1">
        <label htmlFor={inputId} className="text-sm font-medium">{t("file")}</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          className="rounded-md border border-stone-300 bg-white p-2 text-sm file:mr-3 file:rounded file:border-0 file:bg-stone-100 file:px-3 file:py-1"
        />
        <p className="text-xs text-stone-600">{t("hint")}</p>
      </div>
      {sent !== null ? <ProgressBar label={t("uploading")} value={sent} /> : null}
      <div>
        <Button type="button" onClick={upload} disabled={sent !== null}>
          {t("submit")}
        </Button>
      </div>
    </div>
  );
}
