import { listingRoute } from "@/components/listing/listing-route";

// /thema/{slug}: a topic's articles.
export const revalidate = 3600;

const route = listingRoute("topic", { paged: false });
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
