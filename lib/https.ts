import { env } from "./env";

/**
 * Whether the browser reached the site over HTTPS: SITE_URL says so, or a trusted proxy does
 * (X-Forwarded-Proto). Cookies set then carry Secure.
 */
export function servedOverHttps(forwardedProto: string | null | undefined): boolean {
  return env.siteUrl.startsWith("https://") || (env.trustProxy && forwardedProto === "https");
}
