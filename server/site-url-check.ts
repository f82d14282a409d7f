/**
 * A production server without a valid SITE_URL stops at start with one line naming it, before it
 * answers anything: every absolute URL we publish comes from it (server/env.ts). Loaded once, by
 * instrumentation.ts; the build itself falls back to http://localhost:3000.
 */
import { siteUrl } from "./env";

if (process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
  try {
    siteUrl();
  } catch (error) {
    console.error(`server: ${(error as Error).message}`);
    process.exit(1);
  }
}
