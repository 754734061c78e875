import { z } from "zod";
import { pointerOf } from "@/lib/api/pagination";
import { problem } from "@/lib/api/problem";
import { upsertRoster } from "@/lib/api/roster";
import { apiRoute } from "@/lib/api/route";
import { MAX_ROSTER_ENTRIES } from "@/lib/api/schemas";
import { Prisma } from "@/lib/generated/prisma/client";
import { readLimitedText } from "@/lib/http/read-limited";

export const dynamic = "force-dynamic";

// A thousand entries with long tags stay well under this; anything bigger is not a roster batch.
const MAX_BYTES = 2_000_000;

// The envelope only: each entry is checked on its own (lib/api/roster.ts), so one bad row does not sink the rest.
const envelope = z.object({ entries: z.array(z.unknown()).min(1).max(MAX_ROSTER_ENTRIES) });

/** POST /api/v1/roster: bulk upsert of roster entries (the HR-system sync). */
export const POST = apiRoute("roster:write", async (request, caller) => {
  const text = await readLimitedText(request, MAX_BYTES);
  if (text === null) {
    return problem("too-large", `Send at most ${MAX_ROSTER_ENTRIES} entries (${MAX_BYTES / 1_000_000} MB) in one call.`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return problem("validation", "The body is not JSON.", { errors: [{ pointer: "", detail: "Expected a JSON object: { \"entries\": [...] }." }] });
  }
  const parsed = envelope.safeParse(body);
  if (!parsed.success) {
    return problem("validation", "The body is not a list of roster entries.", {
      errors: parsed.error.issues.map((i) => ({ pointer: pointerOf(i.path), detail: i.message })),
    });
  }
  try {
    return Response.json(await upsertRoster(caller, parsed.data.entries), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    // Two entries swapping numbers or addresses in one batch can still collide on a unique key: nothing was written.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return problem("conflict", "Two entries would end up with the same employee number or email; nothing was written. Send them in separate calls.");
    }
    throw error;
  }
});
