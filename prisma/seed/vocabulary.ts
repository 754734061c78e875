// Word lists for the demo company's alumni: realistic, varied, and searchable in kanji, kana and romaji.

export const FAMILY_NAMES = [
  ["佐藤", "さとう", "Sato"], ["鈴木", "すずき", "Suzuki"], ["高橋", "たかはし", "Takahashi"], ["田中", "たなか", "Tanaka"],
  ["伊藤", "いとう", "Ito"], ["渡辺", "わたなべ", "Watanabe"], ["山本", "やまもと", "Yamamoto"], ["中村", "なかむら", "Nakamura"],
  ["小林", "こばやし", "Kobayashi"], ["加藤", "かとう", "Kato"], ["吉田", "よしだ", "Yoshida"], ["山田", "やまだ", "Yamada"],
  ["佐々木", "ささき", "Sasaki"], ["山口", "やまぐち", "Yamaguchi"], ["松本", "まつもと", "Matsumoto"], ["井上", "いのうえ", "Inoue"],
  ["木村", "きむら", "Kimura"], ["林", "はやし", "Hayashi"], ["斎藤", "さいとう", "Saito"], ["清水", "しみず", "Shimizu"],
  ["山崎", "やまざき", "Yamazaki"], ["森", "もり", "Mori"], ["池田", "いけだ", "Ikeda"], ["橋本", "はしもと", "Hashimoto"],
  ["阿部", "あべ", "Abe"], ["石川", "いしかわ", "Ishikawa"], ["前田", "まえだ", "Maeda"], ["藤田", "ふじた", "Fujita"],
  ["小川", "おがわ", "Ogawa"], ["岡田", "おかだ", "Okada"], ["長谷川", "はせがわ", "Hasegawa"], ["村上", "むらかみ", "Murakami"],
] as const;

export const GIVEN_NAMES = [
  ["翔太", "しょうた", "Shota"], ["健", "けん", "Ken"], ["大輔", "だいすけ", "Daisuke"], ["拓也", "たくや", "Takuya"],
  ["直樹", "なおき", "Naoki"], ["亮", "りょう", "Ryo"], ["誠", "まこと", "Makoto"], ["悠斗", "ゆうと", "Yuto"],
  ["陽介", "ようすけ", "Yosuke"], ["浩二", "こうじ", "Koji"], ["隆", "たかし", "Takashi"], ["蓮", "れん", "Ren"],
  ["花子", "はなこ", "Hanako"], ["美咲", "みさき", "Misaki"], ["由美", "ゆみ", "Yumi"], ["彩", "あや", "Aya"],
  ["恵", "めぐみ", "Megumi"], ["陽菜", "ひな", "Hina"], ["真由美", "まゆみ", "Mayumi"], ["千尋", "ちひろ", "Chihiro"],
  ["結衣", "ゆい", "Yui"], ["麻衣", "まい", "Mai"], ["沙織", "さおり", "Saori"], ["奈々", "なな", "Nana"],
] as const;

export const ENGLISH_NAMES = [
  "Emily Carter", "James Wilson", "Sophie Martin", "Daniel Kim", "Olivia Brown", "Lucas Schmidt", "Priya Sharma",
  "Michael Chen", "Hannah Lee", "Thomas Müller", "Grace Park", "David Nguyen", "Chloe Dubois", "Ryan O'Connor",
] as const;

export const DEPARTMENTS = [
  "営業部", "開発部", "人事部", "マーケティング部", "経理部", "法務部", "カスタマーサクセス部", "経営企画部",
  "情報システム部", "研究開発部",
] as const;

export const EMPLOYERS = [
  ["ソニーグループ", "製造・エレクトロニクス"], ["楽天グループ", "IT・インターネット"], ["メルカリ", "IT・インターネット"],
  ["サイバーエージェント", "IT・インターネット"], ["LINEヤフー", "IT・インターネット"], ["トヨタ自動車", "製造・自動車"],
  ["三菱UFJ銀行", "金融"], ["freee", "フィンテック"], ["マネーフォワード", "フィンテック"], ["SmartHR", "HRテック"],
  ["リクルート", "人材"], ["日立製作所", "製造・エレクトロニクス"], ["富士通", "IT・インターネット"],
  ["NTTデータ", "ITサービス"], ["アクセンチュア", "コンサルティング"], ["デロイト トーマツ", "コンサルティング"],
  ["Google Japan", "IT・インターネット"], ["Amazon Japan", "小売・EC"], ["ユニクロ", "小売・EC"],
  ["野村證券", "金融"], ["PayPay", "フィンテック"], ["フリーランス", "個人事業"], ["株式会社ミライラボ（創業）", "スタートアップ"],
  ["大阪ガス", "エネルギー"], ["京セラ", "製造・エレクトロニクス"],
] as const;

export const TITLES = [
  "ソフトウェアエンジニア", "シニアエンジニア", "プロダクトマネージャー", "営業マネージャー", "人事部長", "CTO",
  "代表取締役", "UXデザイナー", "データサイエンティスト", "コンサルタント", "マーケティングマネージャー", "経理担当",
  "法務担当", "カスタマーサクセスマネージャー", "リサーチャー", "事業開発",
] as const;

export const LOCATIONS = [
  "東京都", "東京都", "東京都", "大阪府", "大阪府", "神奈川県", "愛知県", "福岡県", "京都府", "北海道", "宮城県",
  "Singapore", "San Francisco", "London",
] as const;

export const SKILLS = [
  "TypeScript", "Python", "Go", "AWS", "機械学習", "データ分析", "法人営業", "採用", "労務", "マーケティング",
  "プロジェクト管理", "英語", "会計", "UXデザイン", "事業開発", "財務", "契約法務", "SRE",
] as const;


export const BIOS = [
  "在籍中は新規事業の立ち上げに携わりました。今は別の立場から、古巣との協業の機会を探しています。",
  "退職後は海外で働いています。日本に戻った際はぜひ交流会に参加したいです。",
  "データ活用の仕事をしています。OB・OG同士での情報交換を楽しみにしています。",
  "子育てが落ち着いたら、またご一緒できればと思っています。",
  "独立してコンサルティングをしています。業務委託のご相談も歓迎です。",
  "Worked in the Tokyo office for several years; happy to help anyone moving abroad.",
  "",
] as const;
