import "server-only";
import { getTranslations } from "next-intl/server";
import type { DirectRefusal } from "./direct";
import { SEND_LIMIT, SEND_WINDOW_MINUTES } from "./send-limit";

/**
 * Why a member's message was not sent, in their language. A block reads the same to both people and says no
 * more than "you can't write to this person" (decisions/022).
 */
export async function refusalText(reason: DirectRefusal): Promise<string> {
  const t = await getTranslations("inbox");
  if (reason === "rate") {
    return t("rateLimited", { count: SEND_LIMIT.member, minutes: SEND_WINDOW_MINUTES });
  }
  return t(`direct.refused.${reason}`);
}
