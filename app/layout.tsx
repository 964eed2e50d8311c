import type { Metadata, Viewport } from "next";
import { env } from "@/lib/env";
import { t } from "@/lib/i18n";
import { pageMetadata } from "@/lib/seo/metadata";
import { currentSite } from "@/lib/seo/site";
import "./globals.css";

// Defaults for pages without metadata of their own (the 404 page): no canonical, since a
// layout's canonical would point every such page at the front page.
const site = currentSite();
export const metadata: Metadata = {
  ...pageMetadata(site, {
    title: { absolute: `${env.siteName} – ${t.site.tagline}` },
    description: t.seo.frontDescription(env.siteName),
    path: null,
  }),
  metadataBase: new URL(env.siteUrl),
  title: { default: `${env.siteName} – ${t.site.tagline}`, template: `%s | ${env.siteName}` },
  applicationName: env.siteName,
  // Pages say whether they may be indexed; the 404 page gets Next's own noindex alone.
  robots: null,
};

export const viewport: Viewport = {
  themeColor: "#ffffff",
  width: "device-width",
  initialScale: 1,
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="de">
      <body>{children}</body>
    </html>
  );
}
