// The small XML writer behind the sitemaps and feeds: escaped text, nothing else.

// XML 1.0 forbids most control characters even when escaped; a stray one in a headline would
// make the whole document unreadable for a crawler, so they are dropped. With the u flag the
// surrogate range only matches lone halves; paired ones (emoji) are one code point and stay.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;

/** Text or attribute value, escaped for XML. Lone surrogates and control characters are dropped. */
const NEEDS_ESCAPING = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

export function escapeXml(value: string | number): string {
  const text = String(value);
  // Most values (URLs, dates) need nothing; one test is far cheaper than six replacements.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

type Attributes = Record<string, string | number | undefined>;

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v as string | number)}"`)
    .join("");
}

/** `<name attr="…">escaped text</name>`. */
export function textElement(name: string, text: string | number, attrs: Attributes = {}): string {
  return `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;
}

/** `<name attr="…"/>`. */
export function emptyElement(name: string, attrs: Attributes): string {
  return `<${name}${attributes(attrs)}/>`;
}

/** `<name attr="…">children</name>`; children are already XML. */
export function element(name: string, children: string, attrs: Attributes = {}): string {
  return `<${name}${attributes(attrs)}>${children}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** An XML response; `type` for feeds is application/rss+xml. */
export function xmlResponse(body: string, type = "application/xml", status = 200): Response {
  return new Response(body, {
    status,
    headers: { "Content-Type": `${type}; charset=utf-8` },
  });
}
