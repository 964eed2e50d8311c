import type { Metadata } from "next";
import Link from "next/link";
import { ArticleCard } from "@/components/listing/article-card";
import { JsonLd } from "@/components/seo/json-ld";
import { getFrontPage } from "@/db/queries/articles";
import { displayHeadline } from "@/lib/articles";
import { env } from "@/lib/env";
import { t } from "@/lib/i18n";
import { organizationLd, websiteLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { articlePath, currentSite } from "@/lib/seo/site";

// The front page follows the clock as well as tags: scheduled stories appear within a minute.
export const revalidate = 60;

export const metadata: Metadata = pageMetadata(currentSite(), {
  title: { absolute: `${env.siteName} – ${t.site.tagline}` },
  description: t.seo.frontDescription(env.siteName),
  path: "/",
});

export default async function FrontPage() {
  const { lead, sections, mostCommented } = await getFrontPage();
  const site = currentSite();
  return (
    <div className="front">
      <JsonLd nodes={[websiteLd(site, t.seo.frontDescription(site.name)), organizationLd(site)]} />
      <h1 className="visually-hidden">
        {env.siteName}: {t.front.title}
      </h1>
      {lead ? (
        <section className="front__lead" aria-label={t.front.leadStory}>
          <ArticleCard article={lead} variant="lead" showSection headingLevel={2} />
        </section>
      ) : null}
      <div className="front__grid">
        <div className="front__sections">
          {sections.map((section) =>
            section.articles.length > 0 ? (
              <section
                key={section.slug}
                className="front-section"
                aria-labelledby={`ressort-${section.slug}`}
              >
                <h2 className="front-section__title" id={`ressort-${section.slug}`}>
                  <Link href={`/${section.slug}`} prefetch={false}>
                    {section.name}
                  </Link>
                </h2>
                <div className="front-section__items">
                  {section.articles.map((a, i) => (
                    <ArticleCard
                      key={a.id}
                      article={a}
                      variant={i === 0 ? "standard" : "compact"}
                    />
                  ))}
                </div>
                <p className="front-section__more">
                  <Link href={`/${section.slug}`} prefetch={false}>
                    {t.front.more(section.name)} →
                  </Link>
                </p>
              </section>
            ) : null,
          )}
        </div>
        {mostCommented.length > 0 ? (
          <aside className="most-commented" aria-labelledby="meistkommentiert">
            <h2 id="meistkommentiert">{t.front.mostCommented}</h2>
            <ol>
              {mostCommented.map((a) => (
                <li key={a.id}>
                  <Link href={articlePath(a)} prefetch={false}>
                    {displayHeadline(a)}
                  </Link>
                  <span className="most-commented__count">
                    {t.front.commentCount(a.commentCount)}
                  </span>
                </li>
              ))}
            </ol>
          </aside>
        ) : null}
      </div>
    </div>
  );
}
