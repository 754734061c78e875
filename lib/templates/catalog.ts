import type { AppLocale } from "@/lib/i18n/config";

// The message templates a company may reword, what each may say, and Kizuna's defaults in both languages. Shared
// by the server (sending, saving) and the editor (preview, live placeholder check): no server-only imports here.

export const TEMPLATE_KEYS = ["invitation", "welcome", "offboarding", "eventInvitation", "survey", "jobPosting"] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const PLACEHOLDERS = ["company", "name", "link", "event", "date"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/**
 * `plain`: paragraphs of text (emails built around it, a note HR hands over); `markdown`: rendered through the
 * sanitising Markdown component; `survey`: an introduction and one question per line (see survey-template.ts).
 */
export type TemplateFormat = "plain" | "markdown" | "survey";

export type TemplateSpec = { subject: boolean; format: TemplateFormat; placeholders: readonly Placeholder[] };

export const TEMPLATE_SPECS: Record<TemplateKey, TemplateSpec> = {
  invitation: { subject: true, format: "plain", placeholders: ["company", "name", "link", "date"] },
  welcome: { subject: true, format: "markdown", placeholders: ["company", "name", "link"] },
  offboarding: { subject: false, format: "plain", placeholders: ["company", "link"] },
  eventInvitation: { subject: true, format: "markdown", placeholders: ["company", "event", "date", "link"] },
  survey: { subject: true, format: "survey", placeholders: ["company"] },
  jobPosting: { subject: true, format: "markdown", placeholders: ["company"] },
};

export const MAX_TEMPLATE_SUBJECT = 200;
export const MAX_TEMPLATE_BODY = 8000;

export function isTemplateKey(value: unknown): value is TemplateKey {
  return typeof value === "string" && (TEMPLATE_KEYS as readonly string[]).includes(value);
}

type Wording = { subject: string | null; body: string };

export const DEFAULT_TEMPLATES: Record<TemplateKey, Record<AppLocale, Wording>> = {
  invitation: {
    ja: {
      subject: "{company} アルムナイ・ネットワークへのご招待",
      body: [
        "{name} 様",
        "{company} では、卒業された皆さんとのつながりを大切にするため、公式のアルムナイ・ネットワークを開設しました。近況の共有、社内のニュース、交流会や再入社・協業の機会などをお届けします。下のボタンから参加できます。",
      ].join("\n\n"),
    },
    en: {
      subject: "You're invited to the {company} alumni network",
      body: [
        "Dear {name},",
        "{company} has opened an official alumni network to stay connected with the people who worked here: news from the company, alumni meeting alumni, events, and chances to return or work together. Use the button below to join.",
      ].join("\n\n"),
    },
  },
  welcome: {
    ja: {
      subject: "{company} アルムナイ・ネットワークへようこそ",
      body: [
        "{name} 様",
        "{company} アルムナイ・ネットワークにご登録いただき、ありがとうございます。在籍中は大変お世話になりました。ご退職後も皆さんとのご縁を大切にしていきたいと考えております。",
        "このネットワークでは、次のようなことができます。",
        "- 会社の近況やお知らせを受け取る\n- 同じ時期に働いた仲間を探して、またつながる\n- 交流会やイベントに参加する\n- 再入社や業務委託、協業の機会を知る",
        "まずはプロフィールを整えて、皆さんの近況をお聞かせください。",
        "[ネットワークを開く]({link})",
        "今後ともどうぞよろしくお願いいたします。",
      ].join("\n\n"),
    },
    en: {
      subject: "Welcome to the {company} alumni network",
      body: [
        "Dear {name},",
        "Thank you for joining the {company} alumni network. We are grateful for everything you did while you were with us, and we would like to stay in touch.",
        "Here you can:",
        "- hear what is happening at the company\n- find and reconnect with the people you worked with\n- join meetups and other events\n- learn about chances to return, take on contract work or collaborate",
        "A good first step is to complete your profile and tell us what you are up to now.",
        "[Open the network]({link})",
        "We look forward to hearing from you.",
      ].join("\n\n"),
    },
  },
  offboarding: {
    ja: {
      subject: null,
      body: [
        "これまで本当にありがとうございました。",
        "{company} では、退職された方とのつながりを大切にするため、公式のアルムナイ・ネットワークを運営しています。会社の近況やイベントのご案内、同じ時期に働いた仲間との交流、再入社や協業の機会などをお届けしています。",
        "よろしければ、個人のメールアドレスで下記のリンクからご登録ください。ご登録は任意で、いつでも退会できます。",
        "{link}",
        "新しい場所でのご活躍を、心よりお祈りしております。",
      ].join("\n\n"),
    },
    en: {
      subject: null,
      body: [
        "Thank you for everything you have done here.",
        "{company} runs an official alumni network to stay in touch with the people who have worked with us: news from the company, invitations to events, meeting former colleagues, and chances to return or work together.",
        "If you would like to join, register with your personal email address at the link below. Joining is optional, and you can leave at any time.",
        "{link}",
        "We wish you every success in what comes next.",
      ].join("\n\n"),
    },
  },
  eventInvitation: {
    ja: {
      subject: "【ご案内】{event}",
      body: [
        "アルムナイの皆さま",
        "いつも {company} アルムナイ・ネットワークをご利用いただき、ありがとうございます。",
        "このたび「{event}」を開催いたします。懐かしい顔ぶれとの再会や、新しいつながりづくりの場として、どうぞお気軽にご参加ください。",
        "- 日時: {date}\n- 詳細・お申し込み: [イベントのページ]({link})",
        "皆さまにお会いできることを、社員一同楽しみにしております。",
      ].join("\n\n"),
    },
    en: {
      subject: "You're invited: {event}",
      body: [
        "Dear alumni,",
        "We are delighted to invite you to {event}, hosted by {company}. It is a chance to catch up with former colleagues and to meet alumni from other teams and years.",
        "- When: {date}\n- Details and registration: [the event page]({link})",
        "We look forward to seeing you there.",
      ].join("\n\n"),
    },
  },
  survey: {
    ja: {
      subject: "アルムナイの皆さまへのアンケート",
      body: [
        "{company} をご退職された皆さまに、率直なご意見をお伺いしています。いただいたお声は、より良い職場づくりとアルムナイ・ネットワークの運営に活かしてまいります。所要時間は3分ほどです。",
        [
          "NPS: {company} を、働く場所として友人や知人にどの程度すすめたいと思いますか？",
          "ONE: 退職を決めた一番の理由に近いものをお選びください。 | キャリアアップ・新しい挑戦 | 仕事内容 | 待遇・評価 | 働き方・勤務地 | 職場の人間関係・組織 | 家庭の事情 | その他",
          "Q: 差し支えなければ、退職の理由について詳しくお聞かせください。",
          "MANY: どのような変化があれば、また {company} で働くことを考えますか？（複数選択可） | 仕事内容・役割 | 待遇 | リモートなど柔軟な働き方 | 一緒に働く人 | 会社の方向性 | 今のところ考えていない",
          "Q: {company} やアルムナイ・ネットワークに期待することがあれば、自由にお書きください。",
        ].join("\n"),
      ].join("\n\n"),
    },
    en: {
      subject: "A few questions for our alumni",
      body: [
        "We are asking everyone who has left {company} for their honest view. What you tell us helps us make this a better place to work and shapes how we run the alumni network. It takes about three minutes.",
        [
          "NPS: How likely are you to recommend {company} to a friend as a place to work?",
          "ONE: What comes closest to your main reason for leaving? | Career growth or a new challenge | The work itself | Pay and recognition | Working arrangements or location | People and organisation | Family circumstances | Something else",
          "Q: If you are happy to, tell us more about why you left.",
          "MANY: What would make you consider working at {company} again? (choose any) | The role and the work | Pay | Remote or flexible working | The people | The company's direction | Not thinking about it for now",
          "Q: Is there anything you would like from {company} or from the alumni network?",
        ].join("\n"),
      ].join("\n\n"),
    },
  },
  jobPosting: {
    ja: {
      subject: "【アルムナイ歓迎】（職種名）を募集しています",
      body: [
        "## このポジションについて",
        "（仕事内容とチームについてご記入ください）",
        "## アルムナイの皆さまへ",
        "{company} で働いた経験をお持ちの皆さまは、私たちの仕事の進め方や文化をよくご存じです。在籍中のご経験に、社外で得られた新しい知見を加えて、ぜひもう一度 {company} で力を発揮していただけませんか。",
        "## 求める経験・スキル",
        "- （ご記入ください）",
        "## 選考について",
        "まずはカジュアル面談からでも歓迎です。「興味がある」ボタンから、お気軽にお知らせください。",
      ].join("\n\n"),
    },
    en: {
      subject: "Alumni welcome: (role title)",
      body: [
        "## About the role",
        "(Describe the work and the team.)",
        "## Why we are asking our alumni",
        "If you have worked at {company}, you already know how we work and what we care about. Bring that together with everything you have learned since, and come and make a difference here again.",
        "## What we are looking for",
        "- (Add the experience and skills you need.)",
        "## How to apply",
        "A casual chat first is more than welcome. Press \"I'm interested\" and we will be in touch.",
      ].join("\n\n"),
    },
  },
};
