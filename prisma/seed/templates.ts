import type { Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

// The demo company has put its invitation (both languages) and its last-day note in its own words; the other
// templates still use Kizuna's standard wording, so the list shows both states.
const OWN_WORDING: { key: string; locale: "ja" | "en"; subject: string | null; body: string }[] = [
  {
    key: "invitation",
    locale: "ja",
    subject: "【かなでの輪】{company} アルムナイ・ネットワークへのご招待",
    body: [
      "{name} 様",
      "ご無沙汰しております。{company} 人事部の平野です。",
      "このたび、当社を卒業された皆さまとのご縁をこれからも大切にしたいという思いから、公式アルムナイ・ネットワーク「かなでの輪」を開設いたしました。社内の近況や交流会のご案内をお届けするほか、同じ時期に働いた仲間と再びつながったり、再入社や協業についてお気軽にご相談いただける場にしてまいります。",
      "ご登録は任意で、いつでも退会できます。下のボタンから、ぜひご参加ください。",
    ].join("\n\n"),
  },
  {
    key: "invitation",
    locale: "en",
    subject: "{name}, join Kanade's alumni network",
    body: [
      "Dear {name},",
      "It has been a while! This is Miho Hirano from the HR team at {company}, writing to you personally.",
      "We have opened Kanade Circle, our official alumni network, because we would like to stay in touch with everyone who has worked with us. Expect news from the company and invitations to meetups, a way to find former colleagues again, and an easy place to talk to us about returning or working together.",
      "Joining is optional, and you can leave at any time. Use the button below to join.",
    ].join("\n\n"),
  },
  {
    key: "offboarding",
    locale: "ja",
    subject: null,
    body: [
      "これまで本当にありがとうございました。",
      "{company} には、卒業された方のための公式アルムナイ・ネットワーク「かなでの輪」があります。社内の近況や年末の交流会のご案内、同期や元同僚との交流、再入社（おかえり採用）や業務委託のご相談など、退職後もつながり続けられる場です。",
      "個人のメールアドレスで、下記のリンクからご登録ください（登録は任意です）。",
      "{link}",
      "新天地でのご活躍を、人事部一同心より応援しております。またどこかでご一緒できる日を楽しみにしています。",
    ].join("\n\n"),
  },
];

export async function seedTemplates(tx: Tx, tenantId: string, staffUserId: string): Promise<void> {
  await tx.messageTemplate.createMany({ data: OWN_WORDING.map((t) => ({ tenantId, ...t, updatedById: staffUserId })) });
  await tx.auditEvent.createMany({ data: OWN_WORDING.map((t) => ({ tenantId, actorUserId: staffUserId, action: "template.save", details: { template: t.key, locale: t.locale } })) });
}
