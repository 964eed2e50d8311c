import { Marked, type Tokens } from "marked";

// Article and page bodies are Markdown written by staff. Raw HTML in them is shown as text,
// links are limited to safe schemes, and headings start at <h2> (the page owns the <h1>).
const SAFE_URL = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

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
      if (!SAFE_URL.test(token.href.trim())) return text;
      const external = /^https?:\/\//i.test(token.href);
      const rel = external ? ' rel="noopener"' : "";
      return `<a href="${escapeHtml(token.href.trim())}"${rel}>${text}</a>`;
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

/** The `## ` subheadings of a Markdown body, for tests and tables of contents. */
export function markdownHeadings(source: string): string[] {
  return [...source.matchAll(/^##\s+(.+)$/gm)].map((m) => (m[1] ?? "").trim());
}
