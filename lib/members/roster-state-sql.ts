import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// The state of a roster entry nobody joined from, as SQL: shared by the alumni list (filtered, sorted rows) and
// the state counts (counted without building those rows). lib/invitations/state.ts decides it for one entry.

/** A roster entry's latest invitation as `i` (none: nulls), for ROSTER_STATE. */
export const LATEST_INVITATION = Prisma.sql`
    LEFT JOIN LATERAL (
      SELECT status, "expiresAt", "scheduledFor" FROM "Invitation"
      WHERE "tenantId" = r."tenantId" AND "rosterEntryId" = r.id ORDER BY "createdAt" DESC LIMIT 1
    ) i ON true`;

/** The state of a roster entry nobody joined from (`r`), from its latest invitation (`i`). */
export const ROSTER_STATE = Prisma.sql`
           CASE
             WHEN i.status IS NULL OR i.status IN ('REVOKED', 'ACCEPTED') THEN 'notInvited'
             WHEN i.status = 'BOUNCED' THEN 'bounced'
             WHEN i.status = 'PENDING' AND i."scheduledFor" > now() THEN 'scheduled'
             WHEN i."expiresAt" < now() THEN 'expired'
             ELSE 'invited'
           END`;
