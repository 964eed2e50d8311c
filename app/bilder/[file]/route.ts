import { renderLeadImage } from "@/lib/lead-image";

// Lead images are drawn from their key (e.g. /bilder/politik-12.svg); the same key always
// gives the same picture, so browsers and CDNs may keep it for good.
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const key = file.endsWith(".svg") ? file.slice(0, -4) : null;
  const svg = key ? renderLeadImage(key) : null;
  if (!svg)
    return new Response("Nicht gefunden", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
