import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UndoEmailChangeForm } from "@/components/account/undo-email-change-form";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { lookUpEmailUndo } from "@/lib/account/change-email";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("emailChange"))("undo.title") };
}

/** Where the link mailed to the old address lands: put the address back, or learn why the link no longer works. */
export default async function UndoEmailChangePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [found, t] = await Promise.all([lookUpEmailUndo(token), getTranslations("emailChange")]);
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6 px-4 py-12">
      <h1 className="text-2xl font-bold">{t("undo.title")}</h1>
      <Card>
        {found.status === "valid" ? (
          <UndoEmailChangeForm token={token} oldEmail={found.oldEmail} newEmail={found.newEmail} />
        ) : (
          <FormAlert message={t(`undo.${found.status}`)} />
        )}
      </Card>
    </div>
  );
}
