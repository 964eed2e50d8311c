import { ImageResponse } from "next/og";
import { ogSafeText } from "@/lib/seo/og-text";
import { SHARE_IMAGE_SIZE } from "@/lib/seo/site";
import { truncateText } from "@/lib/seo/text";

// The picture social networks, messengers and Google show for a page (1200×630 PNG), drawn by
// next/og with the font it bundles. Every text goes through ogSafeText: a character the font
// lacks would make next/og download a font or an emoji over the network.

const ACCENT = "#a3112a";
const INK = "#1a1a1a";
/** next/og lays out flex boxes only: each picture is a box that fills it. */
const FILL = { width: "100%", height: "100%", display: "flex" } as const;

function headlineSize(length: number): number {
  if (length <= 50) return 68;
  if (length <= 80) return 58;
  if (length <= 110) return 50;
  return 44;
}

/** An article's share image: its lead image (when it has one), Ressort, headline, site name. */
export function articleShareImage({
  siteName,
  section,
  headline,
  leadImageSvg,
}: {
  siteName: string;
  section: string;
  headline: string;
  leadImageSvg: string | null;
}): ImageResponse {
  const title = truncateText(ogSafeText(headline), 140);
  const background = leadImageSvg
    ? `data:image/svg+xml;base64,${Buffer.from(leadImageSvg).toString("base64")}`
    : null;
  return new ImageResponse(
    <div
      style={{
        ...FILL,
        position: "relative",
        backgroundColor: INK,
      }}
    >
      {background ? (
        // eslint-disable-next-line @next/next/no-img-element -- next/og draws <img>, not next/image
        <img
          src={background}
          alt=""
          width={SHARE_IMAGE_SIZE.width}
          height={SHARE_IMAGE_SIZE.height}
          style={{ position: "absolute", top: 0, left: 0, objectFit: "cover" }}
        />
      ) : null}
      <div
        style={{
          ...FILL,
          position: "absolute",
          top: 0,
          left: 0,
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "48px 60px 52px",
          ...(background
            ? {
                backgroundImage:
                  "linear-gradient(180deg, rgba(0,0,0,0.05) 0%, rgba(0,0,0,0.35) 40%, rgba(0,0,0,0.88) 100%)",
              }
            : {}),
        }}
      >
        <div style={{ display: "flex" }}>
          <div
            style={{
              display: "flex",
              backgroundColor: "#ffffff",
              color: ACCENT,
              fontSize: 40,
              padding: "6px 20px",
              letterSpacing: "-0.02em",
            }}
          >
            {ogSafeText(siteName)}
          </div>
        </div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", marginBottom: 22 }}>
            <div
              style={{
                display: "flex",
                backgroundColor: ACCENT,
                color: "#ffffff",
                fontSize: 28,
                padding: "6px 16px",
                textTransform: "uppercase",
                letterSpacing: "0.06em",
              }}
            >
              {ogSafeText(section)}
            </div>
          </div>
          <div
            style={{
              display: "flex",
              color: "#ffffff",
              fontSize: headlineSize(title.length),
              lineHeight: 1.15,
              letterSpacing: "-0.01em",
            }}
          >
            {title}
          </div>
        </div>
      </div>
    </div>,
    { ...SHARE_IMAGE_SIZE },
  );
}

/** The site's own share image: name and tagline. */
export function siteShareImage({
  siteName,
  tagline,
}: {
  siteName: string;
  tagline: string;
}): ImageResponse {
  return new ImageResponse(
    <div
      style={{
        ...FILL,
        flexDirection: "column",
        justifyContent: "center",
        padding: "0 90px",
        backgroundColor: "#ffffff",
        borderTop: `24px solid ${ACCENT}`,
      }}
    >
      <div style={{ display: "flex", color: ACCENT, fontSize: 150, letterSpacing: "-0.04em" }}>
        {ogSafeText(siteName)}
      </div>
      <div style={{ display: "flex", color: INK, fontSize: 48, marginTop: 12 }}>
        {ogSafeText(tagline)}
      </div>
    </div>,
    { ...SHARE_IMAGE_SIZE },
  );
}

/** The publisher logo for structured data: the site name on the accent colour, square. */
export function logoImage({ siteName, size }: { siteName: string; size: number }): ImageResponse {
  const name = ogSafeText(siteName);
  return new ImageResponse(
    <div
      style={{
        ...FILL,
        alignItems: "center",
        justifyContent: "center",
        backgroundColor: ACCENT,
        color: "#ffffff",
        fontSize: Math.round((size * 1.6) / Math.max(4, name.length)),
        letterSpacing: "-0.03em",
      }}
    >
      {name}
    </div>,
    { width: size, height: size },
  );
}
