import { logoImage } from "@/components/seo/share-image";
import { env } from "@/lib/env";
import { LOGO_SIZE } from "@/lib/seo/site";

// The publisher logo named in structured data (Google wants a raster image of at least
// 112×112 pixels). Drawn once at build time.
export const dynamic = "force-static";

export function GET() {
  return logoImage({ siteName: env.siteName, size: LOGO_SIZE.width });
}
