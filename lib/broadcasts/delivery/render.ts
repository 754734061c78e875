import "server-only";
import { createElement } from "react";
import { render } from "@react-email/render";
import { env } from "@/lib/env";
import { senderFor } from "@/lib/email/sender";
import { BroadcastEmail } from "@/lib/email/templates/broadcast-email";
import type { AppLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { oneClickUnsubscribeUrl, unsubscribePageUrl } from "../unsubscribe-token";
import type { BroadcastContent } from "./content";

export type RenderedBroadcast = { from: string; replyTo?: string; subject: string; html: string; text: string };

// Rendering React per recipient would cost 100,000 renders for 100,000 people: each language is rendered once
// with this marker where the recipient's own unsubscribe link goes, and the marker replaced per recipient. Only
// letters and underscores, so HTML escaping and the plain-text conversion leave it as it is.
const UNSUBSCRIBE_MARKER = "KIZUNA_UNSUBSCRIBE_LINK_MARKER";
const MARKER_URL = `https://unsubscribe.invalid/${UNSUBSCRIBE_MARKER}`;

const base = () => env().AUTH_URL ?? "http://localhost:3000";

type RenderOptions = { subjectPrefix?: string; notice?: string; unsubscribeUrl?: string };

/** The announcement's email in one language as a React element, with its sender and subject. */
export function broadcastElement(content: BroadcastContent, locale: AppLocale, options: RenderOptions = {}) {
  const texts = content.texts[locale];
  if (!texts) {
    throw new Error(`Announcement ${content.id} has no ${locale} version`);
  }
  const t = translatorFor(locale, "broadcastEmail");
  const company = tenantDisplayName(content.tenant, locale);
  const category = content.categoryNames[locale];
  const subject = options.subjectPrefix ? `${options.subjectPrefix} ${texts.subject}` : texts.subject;
  const element = createElement(BroadcastEmail, {
    lang: locale,
    company,
    branding: content.brand?.branding,
    subject,
    body: texts.body,
    why: t("why", { company, category }),
    unsubscribeLabel: t("unsubscribe", { category }),
    unsubscribeUrl: options.unsubscribeUrl ?? MARKER_URL,
    preferencesLabel: t("preferences"),
    preferencesUrl: preferencesUrl(content.tenant.slug),
    sentBy: t("sentBy", { company }),
    notice: options.notice,
  });
  // The company's chosen sender name, else its name: the inbox shows who is writing.
  return { element, from: senderFor(content.brand?.senderName ?? company), replyTo: content.brand?.replyTo ?? undefined, subject };
}

/** The member's preference centre in the company's portal (the footer's second link). */
export function preferencesUrl(slug: string): string {
  return `${base()}/${slug}/preferences`;
}

/** The announcement's email in one language, with the unsubscribe link still a marker (see `personalise`). */
export async function renderBroadcast(content: BroadcastContent, locale: AppLocale): Promise<RenderedBroadcast> {
  const { element, from, replyTo, subject } = broadcastElement(content, locale);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { from, replyTo, subject, html, text };
}

// A worker sends many batches of the same announcement: keep the last few renderings (keyed by the version).
const cache = new Map<string, Promise<RenderedBroadcast>>();
const CACHE_SIZE = 16;

export function renderBroadcastCached(content: BroadcastContent, locale: AppLocale): Promise<RenderedBroadcast> {
  const key = `${content.id}:${content.updatedAt.getTime()}:${locale}`;
  let rendered = cache.get(key);
  if (!rendered) {
    rendered = renderBroadcast(content, locale);
    rendered.catch(() => cache.delete(key));
    cache.set(key, rendered);
    if (cache.size > CACHE_SIZE) {
      cache.delete(cache.keys().next().value!);
    }
  }
  return rendered;
}

export type PersonalEmail = RenderedBroadcast & { headers: Record<string, string> };

/** One recipient's copy: their unsubscribe link in the footer and the RFC 8058 one-click headers. */
export function personalise(rendered: RenderedBroadcast, deliveryId: bigint | string): PersonalEmail {
  const page = unsubscribePageUrl(deliveryId);
  return {
    ...rendered,
    html: rendered.html.replaceAll(MARKER_URL, page),
    text: rendered.text.replaceAll(MARKER_URL, page),
    headers: { "List-Unsubscribe": `<${oneClickUnsubscribeUrl(deliveryId)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
