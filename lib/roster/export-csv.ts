import "server-only";
import Papa from "papaparse";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { rosterForExport } from "./queries";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/**
 * The roster as CSV for Excel: UTF-8 with a BOM (so Excel does not read it as Shift_JIS), CRLF line ends, the
 * same headers the importer recognises, tags as extra columns. Streamed batch by batch.
 */
export function rosterCsvStream(context: TenantContext, headers: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = rosterForExport(context);
  let tagNames: string[] | null = null;
  return new ReadableStream({
    async pull(controller) {
      const next = await batches.next();
      if (next.done) {
        if (tagNames === null) {
          controller.enqueue(encoder.encode(`\uFEFF${Papa.unparse([headers], { newline: "\r\n" })}\r\n`));
        }
        controller.close();
        return;
      }
      let prefix = "";
      if (tagNames === null) {
        // Tag columns are named from the first batch: imports give every row of a file the same extra columns.
        tagNames = [...new Set(next.value.flatMap((e) => Object.keys((e.tags ?? {}) as object)))];
        prefix = `\uFEFF${Papa.unparse([[...headers, ...tagNames]], { newline: "\r\n" })}\r\n`;
      }
      const rows = next.value.map((e) => {
        const tags = (e.tags ?? {}) as Record<string, string>;
        return [e.employeeNumber ?? "", e.name, e.nameKana ?? "", e.email ?? "", e.department ?? "", day(e.joinedOn), day(e.leftOn), ...tagNames!.map((t) => tags[t] ?? "")];
      });
      controller.enqueue(encoder.encode(`${prefix}${Papa.unparse(rows, { newline: "\r\n" })}\r\n`));
    },
  });
}
