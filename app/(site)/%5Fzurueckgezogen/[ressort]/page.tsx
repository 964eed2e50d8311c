import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSections } from "@/db/queries/articles";
import { t } from "@/lib/i18n";
import { pageMetadata } from "@/lib/seo/metadata";
import { currentSite } from "@/lib/seo/site";

// What every URL of a withdrawn article shows. The HTTP server's route gate rewrites those URLs
// here (lib/server/guards.ts) and sends the page with 410 and no-store; asked for directly, the
// gate answers 404. One cache entry per Ressort, rendered on first use.
export const revalidate = 86400;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ ressort: string }> };

export const metadata: Metadata = pageMetadata(currentSite(), {
  title: t.gone.title,
  description: t.gone.description,
  path: null,
  noindex: true,
});

export default async function GonePage({ params }: Props) {
  const { ressort } = await params;
  const section = (await getSections()).find((s) => s.slug === ressort);
  if (!section) notFound();
  return (
    <div className="error-page">
      <p className="error-page__code">{t.gone.code}</p>
      <h1>{t.gone.heading}</h1>
      <p>{t.gone.text}</p>
      <ul>
        <li>
          <Link href="/">{t.gone.backHome}</Link>
        </li>
        <li>
          <Link href={`/${section.slug}`}>{t.gone.toSection(section.name)}</Link>
        </li>
      </ul>
    </div>
  );
}
