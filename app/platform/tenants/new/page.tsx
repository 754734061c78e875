import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateTenantForm } from "@/components/platform/create-tenant-form";
import { Card } from "@/components/ui/card";
import { requirePlatformOperator } from "@/lib/platform/guard";

export default async function NewTenantPage() {
  await requirePlatformOperator();
  const t = await getTranslations("platform");
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <Link href="/platform" className="text-sm text-brand-800 underline">{t("back")}</Link>
      <h1 className="text-2xl font-bold">{t("create.title")}</h1>
      <p className="text-stone-600">{t("create.lead")}</p>
      <Card>
        <CreateTenantForm />
      </Card>
    </div>
  );
}
