import { z } from "zod";

// The REST API's request and response shapes: the routes validate with these, and the OpenAPI document
// (lib/api/openapi.ts) is generated from the same objects, so the reference cannot drift from the code. Each
// named schema is registered under its component name.
export const apiSchemas = z.registry<{ id: string; description?: string }>();

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number, description: string, example?: string) =>
  text(max).nullable().optional().meta({ description, ...(example ? { examples: [example] } : {}) });
const day = (description: string, example: string) => z.iso.date().nullable().optional().meta({ description, examples: [example] });

export const rosterEntryInput = z
  .object({
    employee_number: optionalText(100, "The HR system's employee number: the first key entries are matched by.", "E-10234"),
    email: z.string().trim().max(254).pipe(z.email()).nullable().optional().meta({ description: "Personal email address: the second key entries are matched by.", examples: ["hanako@example.com"] }),
    name: text(200).min(1).meta({ description: "Full name as HR knows it.", examples: ["山田 花子"] }),
    name_kana: optionalText(200, "Reading of the name in katakana.", "ヤマダ ハナコ"),
    department: optionalText(200, "Last department.", "営業部"),
    joined_on: day("Day the person joined the company.", "2015-04-01"),
    left_on: day("Day the person left (their last day); a future day schedules the invitation, where the company invites on the last day.", "2026-03-31"),
    tags: z.record(text(100).min(1), text(200)).optional().meta({ description: "Extra columns HR keeps (e.g. grade, office), shown with the entry.", examples: [{ grade: "G5" }] }),
  })
  .superRefine((entry, ctx) => {
    if (!entry.email && !entry.employee_number) {
      ctx.addIssue({ code: "custom", path: ["email"], message: "An entry needs an email or an employee number to be matched by." });
    }
    if (entry.joined_on && entry.left_on && entry.left_on < entry.joined_on) {
      ctx.addIssue({ code: "custom", path: ["left_on"], message: "The leave day is before the join day." });
    }
    if (entry.tags && Object.keys(entry.tags).length > 20) {
      ctx.addIssue({ code: "custom", path: ["tags"], message: "At most 20 tags." });
    }
  })
  .register(apiSchemas, { id: "RosterEntryInput", description: "One person on the company's roster of former employees." });

export const MAX_ROSTER_ENTRIES = 1000;

export const rosterUpsertRequest = z
  .object({ entries: z.array(rosterEntryInput).min(1).max(MAX_ROSTER_ENTRIES) })
  .register(apiSchemas, { id: "RosterUpsertRequest", description: `Up to ${MAX_ROSTER_ENTRIES} entries, matched by employee number, else email.` });

const problemError = z
  .object({
    pointer: z.string().optional().meta({ description: "Where in the JSON body: a JSON Pointer (RFC 6901).", examples: ["/entries/3/email"] }),
    parameter: z.string().optional().meta({ description: "Which query parameter.", examples: ["limit"] }),
    detail: z.string(),
  })
  .register(apiSchemas, { id: "ProblemError", description: "One thing wrong with the request: in the body (pointer) or a query parameter (parameter)." });

export const rosterRowError = z
  .object({ index: z.int().min(0), pointer: z.string().meta({ examples: ["/entries/3/email"] }), detail: z.string() })
  .register(apiSchemas, { id: "RosterRowError", description: "An entry that was not written, by its index in the request." });

export const rosterUpsertResponse = z
  .object({
    created: z.int().min(0),
    updated: z.int().min(0),
    unchanged: z.int().min(0),
    errors: z.array(rosterRowError),
  })
  .register(apiSchemas, { id: "RosterUpsertResult", description: "What the call did: valid entries are written together, in one transaction; entries with errors are left out." });

export const problemSchema = z
  .object({
    type: z.string().meta({ examples: ["/docs/api#problem-validation"] }),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errors: z.array(problemError).optional(),
  })
  .register(apiSchemas, { id: "Problem", description: "An error, as RFC 9457 problem details (application/problem+json)." });

export const memberSchema = z
  .object({
    id: z.string().meta({ description: "The member's id in Kizuna." }),
    status: z.enum(["pending", "active", "suspended", "left", "removed"]),
    name: z.string().nullable().meta({ description: "Null once the person has left or was removed." }),
    email: z.string().nullable().meta({ description: "Sign-in address; null once the person has left or was removed." }),
    employee_number: z.string().nullable().meta({ description: "From the roster entry the member was matched to." }),
    department: z.string().nullable(),
    joined_on: z.iso.date().nullable(),
    left_on: z.iso.date().nullable(),
    current_company: z.string().nullable(),
    current_title: z.string().nullable(),
    open_to_return: z.boolean().nullable(),
    registered_at: z.iso.datetime(),
    last_active_on: z.iso.date().nullable(),
  })
  .register(apiSchemas, { id: "Member", description: "An alumnus in the network. Profile fields the person keeps private are null." });

export const eventSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    status: z.enum(["draft", "published", "cancelled"]),
    format: z.enum(["online", "venue"]),
    starts_at: z.iso.datetime(),
    ends_at: z.iso.datetime(),
    timezone: z.string().meta({ examples: ["Asia/Tokyo"] }),
    venue_name: z.string().nullable(),
    capacity: z.int().nullable(),
    going: z.int().min(0).meta({ description: "Registrations holding a seat." }),
    created_at: z.iso.datetime(),
  })
  .register(apiSchemas, { id: "Event", description: "A meetup, webinar or recruiting session." });

export const pipelineItemSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["posting", "casual_chat", "open_to_return"]),
    stage: z.enum(["new", "contacted", "interviewing", "offered", "hired", "closed"]),
    member_id: z.string(),
    posting: z.object({ id: z.string(), title: z.string() }).nullable(),
    note: z.string().nullable().meta({ description: "What the alumnus wrote to the company." }),
    closed_reason: z.string().nullable(),
    hired_on: z.iso.date().nullable(),
    withdrawn_at: z.iso.datetime().nullable(),
    created_at: z.iso.datetime(),
    last_activity_at: z.iso.datetime(),
  })
  .register(apiSchemas, { id: "PipelineItem", description: "An alumnus's interest in returning or working with the company, on the re-hire pipeline." });

const page = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({
      data: z.array(item),
      next_cursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
    })
    .register(apiSchemas, { id, description: "One page of results." });

export const memberPage = page(memberSchema, "MemberPage");
export const eventPage = page(eventSchema, "EventPage");
export const pipelinePage = page(pipelineItemSchema, "PipelineItemPage");

export const MAX_PAGE = 200;

/** `?cursor=&limit=` of every list endpoint. */
export const listQuery = z.object({
  cursor: z.string().max(200).optional().meta({ description: "Opaque: the `next_cursor` of the previous page." }),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50).meta({ description: `Items per page, 1–${MAX_PAGE}.` }),
});
