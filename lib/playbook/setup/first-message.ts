import type { Purpose } from "./steps";

// No "server-only": a pure function of the company's name and purposes, tested on its own.

type Draft = { subject: string; body: string };

const WHY: Record<"ja" | "en", Record<Purpose, string>> = {
  ja: {
    REHIRING: "いつか戻ってきたいと思ったとき、その道がいつでも開かれていることをお伝えしたい",
    COLLABORATION: "社外で活躍される皆さんと、仕事のパートナーとして新しい取り組みをご一緒したい",
    ENGAGEMENT: "皆さんの率直な声を伺い、今働く社員にとってもより良い会社にしていきたい",
    EMPLOYER_BRAND: "皆さんと築いてきた関係を、これからも誇れるものとして大切にしていきたい",
  },
  en: {
    REHIRING: "let you know that the door is always open should you ever want to come back",
    COLLABORATION: "work with you again as partners, wherever your career has taken you",
    ENGAGEMENT: "hear your candid views and make this a better place for the people who work here today",
    EMPLOYER_BRAND: "keep the relationship we built together something we are both proud of",
  },
};

/**
 * The company's first message to its alumni — why the network exists and what it is for — as a draft the admin
 * edits: a greeting, one sentence per purpose chosen, what members will find, and an invitation to update
 * their profile. Markdown, like every announcement.
 */
export function draftFirstMessage(locale: "ja" | "en", company: string, purposes: readonly Purpose[]): Draft {
  const reasons = (purposes.length ? purposes : (["EMPLOYER_BRAND"] as const)).map((p) => WHY[locale][p]);
  if (locale === "ja") {
    return {
      subject: `${company} アルムナイネットワークを開設しました`,
      body: [
        "退職された皆さまへ",
        "",
        `このたび、${company}を卒業された皆さまとのつながりを大切にするため、公式のアルムナイネットワークを開設しました。`,
        "",
        "私たちがこのネットワークをつくった理由は、次のとおりです。",
        "",
        ...reasons.map((r) => `- ${r}と考えています。`),
        "",
        "ネットワークでは、会社からのお知らせ、イベントのご案内、アルムナイの皆さま向けの求人や協業の募集をお届けします。皆さま同士で近況を伝え合う場としてもご活用ください。",
        "",
        "まずはプロフィールをご登録いただき、今のご活躍をお聞かせいただけるとうれしいです。",
        "",
        `${company} 人事部`,
      ].join("\n"),
    };
  }
  return {
    subject: `Welcome to the ${company} alumni network`,
    body: [
      "Dear alumni,",
      "",
      `We have opened an official alumni network so that everyone who has worked at ${company} can stay in touch with us and with one another.`,
      "",
      "Why we are doing this — we want to:",
      "",
      ...reasons.map((r) => `- ${r}.`),
      "",
      "Here you will find news from the company, invitations to events, and openings and collaboration ideas meant for alumni. It is also a place to catch up with former colleagues.",
      "",
      "A good first step is to complete your profile and tell us what you are doing now.",
      "",
      `The HR team at ${company}`,
    ].join("\n"),
  };
}
