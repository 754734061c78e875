import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import type { AppLocale } from "./config";

export type Messages = typeof ja;

const catalogs: Record<AppLocale, Messages> = { ja, en };

export function messagesFor(locale: AppLocale): Messages {
  return catalogs[locale];
}

/** A translator outside a request (emails, jobs): same catalogs as the UI. */
export function translatorFor<N extends keyof Messages>(locale: AppLocale, namespace: N) {
  return createTranslator({ locale, messages: catalogs[locale], namespace });
}
