import { listingRoute } from "@/components/listing/listing-route";

// /autor/{slug}/seite/{n}.
export const revalidate = 3600;

const route = listingRoute("author", { paged: true });
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
