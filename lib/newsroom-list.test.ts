import { describe, expect, it } from "vitest";
import { articleListQuery, parseArticleListFilter, shownStatus } from "./newsroom-list";

describe("the article list's URL", () => {
  it("reads the filters it knows and ignores the rest", () => {
    expect(
      parseArticleListFilter({
        status: "pruefung",
        ressort: "3",
        autor: "redaktion",
        q: "  Budget   rede ",
        seite: "2",
      }),
    ).toEqual({ status: "review", sectionId: 3, author: "none", query: "Budget rede", page: 2 });
    expect(
      parseArticleListFilter({ status: "toString", ressort: "-1", autor: "x", seite: "0" }),
    ).toEqual({
      status: undefined,
      sectionId: undefined,
      author: undefined,
      query: undefined,
      page: 1,
    });
    expect(parseArticleListFilter({ q: "x".repeat(500) }).query).toHaveLength(100);
  });

  it("writes the query string it reads", () => {
    const filter = parseArticleListFilter({ status: "geplant", autor: "7", q: "a&b" });
    expect(articleListQuery(filter)).toBe("?status=geplant&autor=7&q=a%26b");
    expect(articleListQuery(filter, 3)).toBe("?status=geplant&autor=7&q=a%26b&seite=3");
    expect(
      parseArticleListFilter(Object.fromEntries(new URLSearchParams(articleListQuery(filter, 3)))),
    ).toEqual({ ...filter, page: 3 });
    expect(articleListQuery({ page: 1 })).toBe("");
  });
});

describe("shownStatus", () => {
  it("shows a scheduled article whose time has come as published", () => {
    expect(shownStatus("scheduled", 1000, 999)).toBe("scheduled");
    expect(shownStatus("scheduled", 1000, 1000)).toBe("published");
    expect(shownStatus("withdrawn", 0, 1000)).toBe("withdrawn");
    expect(shownStatus("draft", 0, 1000)).toBe("draft");
  });
});
