import iconv from "iconv-lite";

/** A CSV file's bytes as the chunks a stream would deliver. */
export async function* chunksOf(bytes: Uint8Array, size = 64 * 1024) {
  for (let i = 0; i < bytes.length; i += size) {
    yield bytes.subarray(i, i + size);
  }
}

export function csvFile(rows: string[][], encoding: "utf-8" | "shift_jis" = "utf-8"): Uint8Array {
  const text = rows.map((cells) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\r\n") + "\r\n";
  return encoding === "utf-8" ? new TextEncoder().encode(text) : iconv.encode(text, "Shift_JIS");
}

export const ROSTER_HEADER = ["社員番号", "氏名", "メールアドレス", "部署", "入社日", "退職日", "雇用形態"];
