/**
 * The environment, read and validated in one place: the only module in app/, lib/ and components/
 * that reads process.env (besides next.config.ts, which reads it at build).
 *
 * SITE_URL — the site's public origin (https://example.com). It makes every absolute URL we publish:
 * canonical and hreflang links, og:url and og:image, oEmbed discovery, provider_url and the origins
 * oEmbed accepts, the sitemap and robots.txt. Never derived from a request's Host or X-Forwarded-*
 * headers. Required in production (server.mjs and `next start` stop without it); development and the
 * build fall back to http://localhost:3000.
 */
import { siteUrlFrom } from "./http-policy";

const building = process.env.NEXT_PHASE === "phase-production-build";
const production = process.env.NODE_ENV === "production" && !building;

let cached: string | undefined;

/** The validated SITE_URL, without a trailing slash. Throws (one line naming SITE_URL) when invalid. */
export function siteUrl(): string {
  cached ??= siteUrlFrom(process.env.SITE_URL, { production });
  return cached;
}
