import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readCsvRows, RosterFileError } from "@/lib/roster/read-csv";

async function* chunksOf(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) {
    yield bytes.subarray(i, i + size);
  }
}

async function rowsOf(bytes: Uint8Array, chunkSize = 7) {
  let encoding = "";
  const rows: string[][] = [];
  for await (const row of readCsvRows(chunksOf(bytes, chunkSize), (e) => (encoding = e))) {
    rows.push(row);
  }
  return { encoding, rows };
}

const csv = '社員番号,氏名,メール,部署\r\nA001,山田 太郎,taro@example.com,営業部\r\nA002,"佐藤, 花子",hanako@example.com,"開発部\n第二課"\r\n';

describe("reading a roster CSV", () => {
  it("reads Shift_JIS written by Japanese Excel, across chunk boundaries that split characters", async () => {
    const { encoding, rows } = await rowsOf(iconv.encode(csv, "Shift_JIS"));
    expect(encoding).toBe("shift_jis");
    expect(rows).toEqual([
      ["社員番号", "氏名", "メール", "部署"],
      ["A001", "山田 太郎", "taro@example.com", "営業部"],
      ["A002", "佐藤, 花子", "hanako@example.com", "開発部\n第二課"],
    ]);
  });

  it("reads UTF-8 with and without a BOM, the BOM not leaking into the first header", async () => {
    const plain = await rowsOf(new TextEncoder().encode(csv));
    const withBom = await rowsOf(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)]));
    expect(plain.encoding).toBe("utf-8");
    expect(withBom.rows).toEqual(plain.rows);
    expect(withBom.rows[0]![0]).toBe("社員番号");
  });

  it("reads CP932-only characters such as ① and 髙", async () => {
    const { rows } = await rowsOf(iconv.encode("氏名,備考\r\n髙橋 一郎,①\r\n", "cp932"));
    expect(rows[1]).toEqual(["髙橋 一郎", "①"]);
  });

  it("refuses a file that is neither UTF-8 nor Shift_JIS with a clear reason", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("name\r\n"), 0x82, 0xff, 0xfe, 0x0d, 0x0a]);
    await expect(rowsOf(bytes, 64 * 1024)).rejects.toEqual(new RosterFileError("encoding"));
  });

  it("refuses an empty file", async () => {
    await expect(rowsOf(new Uint8Array())).rejects.toEqual(new RosterFileError("empty"));
  });
});
