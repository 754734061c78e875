import { describe, expect, it } from "vitest";
import { guessMapping, tagColumns } from "@/lib/roster/columns";
import { parseRosterDate } from "@/lib/roster/dates";
import { DuplicateFinder, toRosterEntry } from "@/lib/roster/validate-row";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("roster dates as HR exports write them", () => {
  it.each([
    ["2015/4/1", utc(2015, 4, 1)],
    ["2015-04-01", utc(2015, 4, 1)],
    ["２０１５／０４／０１", utc(2015, 4, 1)],
    ["2015年4月1日", utc(2015, 4, 1)],
    ["令和2年4月1日", utc(2020, 4, 1)],
    ["令和元年5月1日", utc(2019, 5, 1)],
    ["H27.4.1", utc(2015, 4, 1)],
    ["S60/4/1", utc(1985, 4, 1)],
    ["42095", utc(2015, 4, 1)],
  ])("reads %s", (text, expected) => {
    expect(parseRosterDate(text)).toEqual(expected);
  });

  it.each(["2015/2/30", "2015/13/1", "yesterday", "4/1/2015", "123"])("refuses %s", (text) => {
    expect(parseRosterDate(text)).toBeNull();
  });
});

describe("column mapping", () => {
  it("recognises Japanese and English headers, and keeps the rest as tags", () => {
    const headers = ["社員番号", "氏名", "フリガナ", "E-mail", "最終所属", "入社日", "退職日", "雇用形態"];
    const mapping = guessMapping(headers);
    expect(mapping).toEqual({ employeeNumber: 0, name: 1, nameKana: 2, email: 3, department: 4, joinedOn: 5, leftOn: 6 });
    expect(tagColumns(headers, mapping)).toEqual([7]);
    expect(guessMapping(["Name", "Email Address", "Employee ID", "Leave date"])).toEqual({ name: 0, email: 1, employeeNumber: 2, leftOn: 3 });
  });
});

describe("a roster row", () => {
  const headers = ["社員番号", "氏名", "メール", "入社日", "退職日", "雇用形態"];
  const mapping = guessMapping(headers);
  const tags = tagColumns(headers, mapping);

  it("becomes an entry with a normalised email and tags from extra columns", () => {
    const { entry, problems } = toRosterEntry(["Ａ００１", "山田 太郎", " Taro@Example.COM ", "2010/4/1", "2018/3/31", "正社員"], headers, mapping, tags);
    expect(problems).toEqual([]);
    expect(entry).toMatchObject({ employeeNumber: "A001", name: "山田 太郎", email: "taro@example.com", joinedOn: utc(2010, 4, 1), leftOn: utc(2018, 3, 31), tags: { 雇用形態: "正社員" } });
  });

  it("names every problem: missing name, bad email, bad date, leaving before joining", () => {
    expect(toRosterEntry(["A1", "", "not-an-email", "2018/4/1", "2010/3/31", ""], headers, mapping, tags).problems).toEqual([
      "missingName", "badEmail", "leaveBeforeJoin",
    ]);
    expect(toRosterEntry(["A1", "山田", "", "2018/4/31", "", ""], headers, mapping, tags).problems).toEqual(["badJoinDate"]);
    expect(toRosterEntry(["", "山田", "", "", "", ""], headers, mapping, tags).problems).toEqual(["missingKey"]);
  });

  it("is a duplicate when an earlier row had its employee number or email", () => {
    const finder = new DuplicateFinder();
    const row = (cells: string[]) => toRosterEntry(cells, headers, mapping, tags).entry;
    expect(finder.check(row(["A1", "山田", "a@example.com", "", "", ""]), 2)).toBeNull();
    expect(finder.check(row(["A2", "佐藤", "b@example.com", "", "", ""]), 3)).toBeNull();
    expect(finder.check(row(["A3", "山田", "A@example.com", "", "", ""]), 4)).toBe(2);
    expect(finder.check(row(["A2", "別人", "c@example.com", "", "", ""]), 5)).toBe(3);
  });
});
