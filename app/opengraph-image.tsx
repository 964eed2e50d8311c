import { siteShareImage } from "@/components/seo/share-image";
import { env } from "@/lib/env";
import { t } from "@/lib/i18n";
import { SHARE_IMAGE_SIZE } from "@/lib/seo/site";

// The site's share image (/opengraph-image), drawn once at build time.
export const alt = t.seo.siteImageAlt(env.siteName);
export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";

export default function Image() {
  return siteShareImage({ siteName: env.siteName, tagline: t.site.tagline });
}
