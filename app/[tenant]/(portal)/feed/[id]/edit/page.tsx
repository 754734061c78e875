import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PostEditForm } from "@/components/feed/post-edit-form";
import { moderates } from "@/lib/feed/access";
import { getPost } from "@/lib/feed/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant);
  return { title: (await getTranslations("feed"))("edit.title") };
}

/** Editing a post: its author, or staff for the company's posts; anyone else gets 404. */
export default async function EditPostPage({ params }: Props) {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant);
  const post = await getPost(context, id);
  if (!post || !(post.mine || (post.fromStaff && moderates(context)))) {
    notFound();
  }
  const t = await getTranslations("feed");
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Link href={`/${tenant}/feed`} className="text-sm text-brand-800 underline">{t("edit.back")}</Link>
      <h1 className="text-2xl font-bold">{t("edit.title")}</h1>
      <PostEditForm tenant={tenant} postId={post.id} body={post.body} hasImage={post.image !== null} backHref={`/${tenant}/feed`} />
    </div>
  );
}
