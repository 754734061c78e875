import { getTranslations } from "next-intl/server";
import type { PipelineItem } from "@/lib/opportunities/pipeline";

/** What an item is about: its posting, or a casual-chat request / the open-to-return signal. */
export async function ItemSubject({ item }: { item: Pick<PipelineItem, "kind" | "posting"> }) {
  const t = await getTranslations("pipeline.kind");
  return <>{item.posting ? item.posting.title : t(item.kind)}</>;
}
