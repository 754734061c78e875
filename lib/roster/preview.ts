import type { ColumnMapping } from "./columns";
import type { RosterEncoding } from "./decode";
import { isHeader, rosterRows, type RosterRowResult } from "./rows";
import type { RosterEntryInput } from "./validate-row";

export type RosterPreview = {
  encoding: RosterEncoding;
  headers: string[];
  mapping: ColumnMapping;
  totalRows: number;
  validRows: number;
  /** The first rows with problems, for the person to fix; `problemRows` counts them all. */
  problems: Extract<RosterRowResult, { cells: string[] }>[];
  problemRows: number;
  sample: RosterEntryInput[];
};

const SHOWN_PROBLEMS = 100;
const SAMPLE = 5;

/** Reads the whole file without writing anything: what an import would do, and what is wrong. */
export async function previewRoster(chunks: AsyncIterable<Uint8Array>, mapping?: ColumnMapping): Promise<RosterPreview> {
  const preview: RosterPreview = {
    encoding: "utf-8", headers: [], mapping: {}, totalRows: 0, validRows: 0, problems: [], problemRows: 0, sample: [],
  };
  for await (const item of rosterRows(chunks, mapping)) {
    if (isHeader(item)) {
      Object.assign(preview, item);
      continue;
    }
    preview.totalRows++;
    if (item.problems.length === 0) {
      preview.validRows++;
      if (preview.sample.length < SAMPLE) {
        preview.sample.push(item.entry);
      }
    } else {
      preview.problemRows++;
      if (preview.problems.length < SHOWN_PROBLEMS && "cells" in item) {
        preview.problems.push(item);
      }
    }
  }
  return preview;
}
