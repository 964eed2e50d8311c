import { listingRoute } from "@/components/listing/listing-route";

// /{ressort}/seite/{n}.
export const revalidate = 300;

const route = listingRoute("section", { paged: true });
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
