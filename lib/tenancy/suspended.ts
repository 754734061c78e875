import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { couldBeSlug } from "./resolve";

/**
 * A company the platform operators suspended, by its address: its portals show a notice instead of a 404, so
 * alumni and staff know the network is paused rather than gone. Asked only after an active company was not found.
 */
export const findSuspendedTenant = cache(async (slug: string) =>
  couldBeSlug(slug) ? db.tenant.findFirst({ where: { slug: slug.toLowerCase(), status: "SUSPENDED" }, select: { slug: true, name: true, nameEn: true } }) : null,
);
