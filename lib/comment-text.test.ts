import { describe, expect, it } from "vitest";
import { cleanCommentText, commentSegments, countLinks, findBlockedWord } from "./comment-text";

describe("countLinks", () => {
  it("counts http(s) and www links", () => {
    expect(countLinks("siehe https://a.at/x und http://b.at, www.c.at.")).toBe(3);
    expect(countLinks("keine Links hier.")).toBe(0);
  });
});

describe("commentSegments", () => {
  it("keeps line breaks and paragraphs", () => {
    expect(commentSegments("eins\nzwei\n\ndrei")).toEqual([
      [{ type: "text", text: "eins" }, { type: "break" }, { type: "text", text: "zwei" }],
      [{ type: "text", text: "drei" }],
    ]);
  });
  it("links URLs without trailing punctuation", () => {
    expect(commentSegments("Quelle: https://orf.at/stories/1.")).toEqual([
      [
        { type: "text", text: "Quelle: " },
        { type: "link", text: "https://orf.at/stories/1", href: "https://orf.at/stories/1" },
        { type: "text", text: "." },
      ],
    ]);
  });
  it("never links javascript: URLs and keeps markup as text", () => {
    const segs = commentSegments('<a href="javascript:alert(1)">x</a> javascript:alert(1)').flat();
    expect(segs.every((s) => s.type !== "link")).toBe(true);
  });
  it("only links http(s)", () => {
    const links = commentSegments("www.wien.gv.at").flat();
    expect(links[0]).toMatchObject({ type: "link", href: "https://www.wien.gv.at" });
  });
});

describe("cleanCommentText", () => {
  it("limits blank lines", () => {
    expect(cleanCommentText("a\n\n\n\n\nb")).toBe("a\n\nb");
  });
});

describe("findBlockedWord", () => {
  const list = ["Trottel", "Grüßgott", "billige uhren"];
  it("matches whole words regardless of case and umlaut spelling", () => {
    expect(findBlockedWord("So ein TROTTEL!", list)).toBe("Trottel");
    expect(findBlockedWord("gruessgott beisammen", list)).toBe("Grüßgott");
    expect(findBlockedWord("GRÜSSGOTT", list)).toBe("Grüßgott");
  });
  it("does not match inside other words", () => {
    expect(findBlockedWord("Trottelhaft ist das nicht", list)).toBeNull();
    expect(findBlockedWord("Kein Problem", list)).toBeNull();
  });
  it("matches phrases", () => {
    expect(findBlockedWord("Hier BILLIGE Uhren kaufen", list)).toBe("billige uhren");
    expect(findBlockedWord("billige uhrenarmbänder", list)).toBeNull();
  });
});
