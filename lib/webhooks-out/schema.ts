import { z } from "zod";
import { WEBHOOK_EVENTS } from "./events";

// A checkbox group sends nothing, one value, or a list.
const eventList = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(WEBHOOK_EVENTS)).max(WEBHOOK_EVENTS.length));

export const endpointSchema = z.object({
  url: z.string().trim().min(1, { error: "required" }).max(2000),
  description: z.string().trim().max(200).optional().transform((v) => v || null),
  events: eventList,
});
export type EndpointInput = z.output<typeof endpointSchema>;

export const endpointIdSchema = z.object({ endpointId: z.string().min(1).max(64) });

export const endpointEnabledSchema = endpointIdSchema.extend({ enabled: z.enum(["on", "off"]).transform((v) => v === "on") });

export const deliveryIdSchema = z.object({ deliveryId: z.string().min(1).max(64) });
