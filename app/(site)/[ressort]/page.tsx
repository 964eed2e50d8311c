import { listingRoute } from "@/components/listing/listing-route";

// /{ressort}: a Ressort's newest articles.
export const revalidate = 300;

const route = listingRoute("section", { paged: false });
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
