import type { Benchmark } from "../benchmark";
import { adminDashboard } from "./admin-dashboard";
import { broadcast } from "./broadcast";
import { directory } from "./directory";
import { eventRsvp } from "./event-rsvp";
import { health } from "./health";
import { portalHome } from "./portal-home";
import { rosterImport } from "./roster-import";

/** Every benchmark `npm run bench` knows, in the order they run. Add new ones here. */
export const BENCHMARKS: Benchmark[] = [portalHome, adminDashboard, health, rosterImport, directory, eventRsvp, broadcast];
