// The roster's fields and the header names HR systems and Excel sheets use for them, in Japanese and English.
export const ROSTER_FIELDS = ["name", "nameKana", "email", "employeeNumber", "department", "joinedOn", "leftOn"] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** The roster fields shown as table columns, in order (kana goes under the name). */
export const ROSTER_TABLE_COLUMNS = ["employeeNumber", "name", "email", "department", "joinedOn", "leftOn"] as const satisfies readonly RosterField[];

/** Column index per field; fields without a column are absent. Other columns become tags. */
export type ColumnMapping = Partial<Record<RosterField, number>>;

const ALIASES: Record<RosterField, string[]> = {
  name: ["name", "fullname", "氏名", "名前", "氏名漢字", "社員名", "従業員名"],
  nameKana: ["kana", "namekana", "furigana", "フリガナ", "ふりがな", "カナ氏名", "氏名カナ", "氏名フリガナ", "かな"],
  email: ["email", "mail", "emailaddress", "e-mail", "メール", "メールアドレス", "eメール", "個人メール", "連絡先メール"],
  employeeNumber: ["employeenumber", "employeeid", "employeeno", "staffid", "id", "社員番号", "従業員番号", "社員no", "社員コード"],
  department: ["department", "dept", "division", "部署", "所属", "部門", "最終所属", "所属部署"],
  joinedOn: ["joinedon", "joindate", "hiredate", "startdate", "joined", "入社日", "入社年月日"],
  leftOn: ["lefton", "leavedate", "leftdate", "enddate", "terminationdate", "left", "退職日", "退職年月日", "退社日"],
};

function normalise(header: string): string {
  return header.normalize("NFKC").toLowerCase().replace(/[\s_.（）()・:：]/g, "");
}

/** The mapping a person would most likely choose, from the header row. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const field of ROSTER_FIELDS) {
    const aliases = ALIASES[field].map(normalise);
    const index = headers.findIndex((header, i) => !taken.has(i) && aliases.includes(normalise(header)));
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}

/** Columns no field uses: kept as tags, named by their header. */
export function tagColumns(headers: readonly string[], mapping: ColumnMapping): number[] {
  const used = new Set(Object.values(mapping));
  return headers.map((_, i) => i).filter((i) => !used.has(i) && headers[i]!.trim() !== "");
}
