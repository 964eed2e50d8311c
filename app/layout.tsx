import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getSections } from "@/db/queries/articles";
import { env } from "@/lib/env";
import { t } from "@/lib/i18n";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.siteUrl),
  title: { default: `${env.siteName} – ${t.site.tagline}`, template: `%s | ${env.siteName}` },
  description: t.site.tagline,
};

export const viewport: Viewport = {
  themeColor: "#ffffff",
  width: "device-width",
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const sections = await getSections();
  return (
    <html lang="de">
      <body>
        <SiteHeader sections={sections} />
        <main id="inhalt" className="site-main">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
