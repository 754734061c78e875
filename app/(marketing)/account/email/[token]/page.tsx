import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmEmailChangeForm } from "@/components/account/confirm-email-change-form";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { lookUpEmailChange } from "@/lib/account/change-email";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("emailChange"))("confirm.title") };
}

/** Where the link mailed to a new address lands: confirm the change, or learn why the link no longer works. */
export default async function ConfirmEmailChangePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [found, t] = await Promise.all([lookUpEmailChange(token), getTranslations("emailChange")]);
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6 px-4 py-12">
      <h1 className="text-2xl font-bold">{t("confirm.title")}</h1>
      <Card>
        {found.status === "valid" ? <ConfirmEmailChangeForm token={token} newEmail={found.newEmail} /> : <FormAlert message={t(`confirm.${found.status}`)} />}
      </Card>
    </div>
  );
}
