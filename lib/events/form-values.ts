import { toLocalDateTime } from "@/lib/time/zoned";
import { questionsOf } from "./questions";

type Stored = {
  id: string;
  title: string;
  description: string;
  format: "ONLINE" | "VENUE";
  joinUrl: string | null;
  venueName: string | null;
  venueAddress: string | null;
  mapUrl: string | null;
  startsAt: Date;
  endsAt: Date;
  registrationDeadline: Date | null;
  capacity: number | null;
  maxGuests: number;
  questions: unknown;
  segmentId: string | null;
};

/**
 * An event as the admin form's strings, times in the company's timezone. A duplicate drops the id and gets a new
 * title; its times are kept for the admin to move (a past event's copy is usually "the same, next time").
 */
export function eventFormValues(event: Stored, timeZone: string, duplicate?: { title: string }) {
  const questions = questionsOf(event.questions);
  return {
    ...(duplicate ? {} : { id: event.id }),
    title: duplicate ? duplicate.title : event.title,
    description: event.description,
    format: event.format,
    joinUrl: event.joinUrl ?? "",
    venueName: event.venueName ?? "",
    venueAddress: event.venueAddress ?? "",
    mapUrl: event.mapUrl ?? "",
    startsAt: toLocalDateTime(event.startsAt, timeZone),
    endsAt: toLocalDateTime(event.endsAt, timeZone),
    registrationDeadline: event.registrationDeadline ? toLocalDateTime(event.registrationDeadline, timeZone) : "",
    capacity: event.capacity === null ? "" : String(event.capacity),
    maxGuests: String(event.maxGuests),
    segmentId: event.segmentId ?? "",
    ...Object.fromEntries(questions.flatMap((q) => [[q.id, q.label], [`${q.id}Required`, q.required ? "on" : ""]])),
  };
}
