import { Marked, type Tokens } from "marked";

// Article and page bodies are Markdown written by staff. Raw HTML in them is shown as text,
// links are limited to safe targets (safeHref), and headings start at <h2> (the page owns the <h1>).

const SCHEMES = new Set(["http:", "https:", "mailto:"]);
const BASE = "https://kiosk.invalid";
// Browsers drop tabs and newlines inside a URL and read a backslash as a slash, so a target
// holding any of them would not be the one that was checked.
const UNSAFE_CHARACTER = /[\s\u0000-\u001f\u007f-\u009f\\]/;

/**
 * A path of this site: one leading slash, also after decoding (a target whose decoded form
 * starts with "//" or "/\\", tabs and newlines left out as browsers do, is refused too).
 */
function isSitePath(href: string): boolean {
  let current = href;
  for (let round = 0; round < 4; round++) {
    const squeezed = current.replace(/[\t\n\r]/g, "");
    if (!squeezed.startsWith("/") || /^\/[/\\]/.test(squeezed)) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return false;
    }
    if (decoded === current) return new URL(href, BASE).origin === BASE;
    current = decoded;
  }
  return false;
}

/**
 * The link target as written when it is an http:, https: or mailto: URL or a path of this site
 * ("/politik"); null for anything else (other schemes in any spelling, "//host", "/\\host" and
 * their encoded forms, relative paths, fragments).
 */
export function safeHref(raw: string): string | null {
  const href = raw.trim();
  if (href === "" || UNSAFE_CHARACTER.test(href)) return null;
  if (href.startsWith("/")) return isSitePath(href) ? href : null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1];
  if (!scheme) return null;
  try {
    return SCHEMES.has(new URL(href).protocol) ? href : null;
  } catch {
    return null;
  }
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(token.text);
    },
    heading(
      this: { parser: { parseInline(tokens: Tokens.Generic[]): string } },
      token: Tokens.Heading,
    ) {
      const level = Math.min(Math.max(token.depth, 2), 4);
      return `<h${level}>${this.parser.parseInline(token.tokens)}</h${level}>\n`;
    },
    link(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      const href = safeHref(token.href);
      if (href === null) return text;
      const rel = /^https?:/i.test(href) ? ' rel="noopener"' : "";
      return `<a href="${escapeHtml(href)}"${rel}>${text}</a>`;
    },
    image(token: Tokens.Image) {
      // Inline images are not part of the article model; keep the description.
      return escapeHtml(token.text);
    },
  },
});

/** Renders trusted-structure, untrusted-content Markdown to HTML safe to inline. */
export function renderMarkdown(source: string): string {
  return marked.parse(source, { async: false });
}
