import { listingRoute } from "@/components/listing/listing-route";

// /autor/{slug}: an author with their articles.
export const revalidate = 3600;

const route = listingRoute("author", { paged: false });
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
