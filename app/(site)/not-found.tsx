import { NotFoundContent } from "@/components/layout/not-found-content";

// notFound() inside the public site: the (site) layout already draws the chrome.
export default function NotFound() {
  return <NotFoundContent />;
}
