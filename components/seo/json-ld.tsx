import { serializeJsonLd, type JsonLdNode } from "@/lib/seo/json-ld";

/** Structured data for crawlers: one `<script type="application/ld+json">` per node. */
export function JsonLd({ nodes }: { nodes: readonly JsonLdNode[] }) {
  return (
    <>
      {nodes.map((node, i) => (
        <script
          key={`${node["@type"]}-${i}`}
          type="application/ld+json"
          // serializeJsonLd escapes <, > and &, so no text in the data can end the script early.
          dangerouslySetInnerHTML={{ __html: serializeJsonLd(node) }}
        />
      ))}
    </>
  );
}
