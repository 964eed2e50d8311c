import { getSections } from "@/db/queries/articles";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** Header with the Ressort navigation, the main region, and the footer of every public page. */
export async function SiteChrome({ children }: { children: React.ReactNode }) {
  const sections = await getSections();
  return (
    <>
      <SiteHeader sections={sections} />
      <main id="inhalt" className="site-main">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
