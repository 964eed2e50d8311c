import { describe, expect, it } from "vitest";
import {
  LEAD_IMAGE_HEIGHT,
  LEAD_IMAGE_RESSORTS,
  LEAD_IMAGE_WIDTH,
  parseLeadImageKey,
  renderLeadImage,
  renderPlaceholderImage,
} from "./index";

/** 300 keys: 50 per Ressort, spread over 1..9999. */
const SAMPLE_KEYS = LEAD_IMAGE_RESSORTS.flatMap((ressort) =>
  Array.from({ length: 50 }, (_, i) => `${ressort}-${i < 25 ? i + 1 : 1 + ((i * 397) % 9999)}`),
);

function render(key: string): string {
  const svg = renderLeadImage(key);
  if (svg === null) throw new Error(`no image for ${key}`);
  return svg;
}

/**
 * Minimal well-formedness check for the XML subset the generator emits: elements with
 * double-quoted attributes, no text content, no comments. Returns an error message or null.
 */
function xmlError(xml: string): string | null {
  const tagPattern = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[A-Za-z][\w:-]*="[^"<>&]*")*)\s*(\/?)>/y;
  const stack: string[] = [];
  let roots = 0;
  let pos = 0;
  while (pos < xml.length) {
    const lt = xml.indexOf("<", pos);
    const text = (lt === -1 ? xml.slice(pos) : xml.slice(pos, lt)).trim();
    if (text) return `unexpected text ${JSON.stringify(text.slice(0, 30))} at ${pos}`;
    if (lt === -1) break;
    tagPattern.lastIndex = lt;
    const match = tagPattern.exec(xml);
    if (!match) return `malformed tag at ${lt}: ${xml.slice(lt, lt + 40)}`;
    const [whole, closing, name = "", attrs = "", selfClosing] = match;
    const names = [...attrs.matchAll(/([A-Za-z][\w:-]*)=/g)].map((m) => m[1]);
    if (new Set(names).size !== names.length) return `duplicate attribute in <${name}>`;
    if (closing) {
      if (attrs || selfClosing) return `bad closing tag </${name}>`;
      const open = stack.pop();
      if (open !== name) return `</${name}> closes <${open ?? "nothing"}>`;
    } else {
      if (stack.length === 0 && ++roots > 1) return "more than one root element";
      if (!selfClosing) stack.push(name);
    }
    pos = lt + whole.length;
  }
  if (stack.length) return `unclosed <${stack.join("> <")}>`;
  return roots === 1 ? null : "no root element";
}

describe("parseLeadImageKey", () => {
  it("parses Ressort and number", () => {
    expect(parseLeadImageKey("politik-1")).toEqual({ ressort: "politik", n: 1 });
    expect(parseLeadImageKey("kolumne-9999")).toEqual({ ressort: "kolumne", n: 9999 });
    expect(parseLeadImageKey("economy-420")).toEqual({ ressort: "economy", n: 420 });
  });

  it.each([
    "politik-0",
    "politik-01",
    "politik-10000",
    "politik-99999",
    "politik-",
    "politik",
    "-1",
    "foo-1",
    "Politik-1",
    "politik-1.svg",
    "politik-1\n",
    " politik-1",
    "politik--1",
    "politik-1e3",
    "../etc",
    "../politik-1",
    "constructor-1",
    "__proto__-1",
    "",
  ])("rejects %j", (key) => {
    expect(parseLeadImageKey(key)).toBeNull();
    expect(renderLeadImage(key)).toBeNull();
  });
});

describe("renderLeadImage", () => {
  it("exports a 16:9 size", () => {
    expect(LEAD_IMAGE_WIDTH).toBe(1200);
    expect(LEAD_IMAGE_HEIGHT).toBe(675);
  });

  it.each(LEAD_IMAGE_RESSORTS)("renders a standalone SVG document for %s", (ressort) => {
    const svg = render(`${ressort}-1`);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675"')).toBe(
      true,
    );
    expect(svg).toContain(' width="1200" height="675"');
    expect(svg).toContain(' role="img" aria-label="');
    expect(svg.endsWith("</svg>")).toBe(true);
  });

  it("is deterministic", () => {
    for (const key of ["politik-1", "news-77", "economy-2024", "lifestyle-5", "sport-9999"]) {
      expect(render(key)).toBe(render(key));
    }
  });

  it("gives different keys different pictures", () => {
    const all = SAMPLE_KEYS.map(render);
    expect(new Set(all).size).toBe(SAMPLE_KEYS.length);
    for (const ressort of LEAD_IMAGE_RESSORTS) {
      expect(render(`${ressort}-1`)).not.toBe(render(`${ressort}-2`));
    }
  });

  it("keeps every image under 6 KB", () => {
    for (const key of SAMPLE_KEYS) {
      const bytes = new TextEncoder().encode(render(key)).length;
      expect(bytes, key).toBeLessThan(6 * 1024);
      expect(bytes, key).toBeGreaterThan(500);
    }
  });

  it("emits well-formed XML", () => {
    for (const key of SAMPLE_KEYS) expect(xmlError(render(key)), key).toBeNull();
  });

  it("self-check: the XML check catches broken documents", () => {
    expect(xmlError("<svg><g></svg>")).not.toBeNull();
    expect(xmlError("<svg><rect/></svg><svg/>")).not.toBeNull();
    expect(xmlError('<svg><rect x="1" x="2"/></svg>')).not.toBeNull();
    expect(xmlError('<svg><rect x="1/></svg>')).not.toBeNull();
    expect(xmlError("<svg>hello</svg>")).not.toBeNull();
    expect(xmlError('<svg a="1"><g><rect b="2"/></g></svg>')).toBeNull();
  });

  it("is safe and self-contained: no scripts, text, external references or heavy effects", () => {
    for (const key of SAMPLE_KEYS) {
      const svg = render(key);
      expect(svg, key).not.toMatch(/<script/i);
      expect(svg, key).not.toMatch(/\son[a-z]+=/i);
      expect(svg, key).not.toMatch(/<(text|image|foreignObject|filter|style|use)\b/i);
      expect(svg, key).not.toMatch(/href\s*=\s*"(?!#)/i);
      expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', ""), key).not.toMatch(/http/i);
      for (const ref of svg.matchAll(/url\(([^)]*)\)/g)) expect(ref[1], key).toMatch(/^#\w+$/);
      expect((svg.match(/<linearGradient/g) ?? []).length, key).toBeLessThanOrEqual(2);
    }
  });

  it("writes only finite numbers with at most one decimal", () => {
    for (const key of SAMPLE_KEYS) {
      const svg = render(key);
      expect(svg, key).not.toMatch(/NaN|undefined|Infinity|null/);
      expect(svg, key).not.toMatch(/\d\.\d\d/);
      expect(svg.replace(/#[0-9a-f]{6}/g, ""), key).not.toMatch(/\d[eE][+-]?\d/);
    }
  });

  it("varies the motif within a Ressort", () => {
    // Rough proxy for "visibly different": the set of element kinds and fill colours varies.
    for (const ressort of LEAD_IMAGE_RESSORTS) {
      const signatures = new Set(
        Array.from({ length: 20 }, (_, i) => {
          const svg = render(`${ressort}-${i + 1}`);
          const fills = [...svg.matchAll(/fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
          return [...new Set(fills)].sort().join(",");
        }),
      );
      expect(signatures.size, ressort).toBeGreaterThan(5);
    }
  });
});

describe("renderPlaceholderImage", () => {
  it("renders a small neutral SVG in the lead-image size", () => {
    const svg = renderPlaceholderImage();
    expect(svg).toBe(renderPlaceholderImage());
    expect(svg).toContain('viewBox="0 0 1200 675" width="1200" height="675"');
    expect(xmlError(svg)).toBeNull();
    expect(svg).not.toMatch(/<script|<text|href=/i);
    expect(svg.length).toBeLessThan(2048);
  });
});
