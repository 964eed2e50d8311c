import { describe, expect, it } from "vitest";
import { t } from "@/lib/i18n";
import { GONE_PATH, NOT_FOUND_PATH, type RouteLookup } from "@/lib/route-gate";
import {
  ANSWERS,
  BAD_REQUEST_PAGE,
  bodyVerdict,
  chunkedBodyVerdict,
  GONE_STATUS,
  hasValidPath,
  isCrossOrigin,
  MAX_BODY_BYTES,
  movedAnswer,
  pathOf,
  requestVerdict,
  routeVerdict,
  type LookupAnswer,
  type RequestFacts,
} from "./guards";

const site = { siteUrl: "https://www.example.at", trustProxy: false };

function post(headers: RequestFacts["headers"], url = "/politik/ein-artikel"): RequestFacts {
  return { method: "POST", url, headers: { host: "127.0.0.1:3000", ...headers } };
}

describe("pathOf", () => {
  it("drops the query, and gives / for nothing", () => {
    expect(pathOf("/suche?q=wien")).toBe("/suche");
    expect(pathOf(undefined)).toBe("/");
    expect(pathOf("?x=1")).toBe("/");
  });
});

describe("bodyVerdict", () => {
  it("lets a body within the limit through", () => {
    expect(bodyVerdict({ "content-length": String(MAX_BODY_BYTES) })).toBe("ok");
    expect(bodyVerdict({})).toBe("ok");
  });

  it("refuses a declared length above the limit before reading it", () => {
    expect(bodyVerdict({ "content-length": String(MAX_BODY_BYTES + 1) })).toBe("too-large");
  });

  it("counts a chunked body, which has no length up front", () => {
    expect(bodyVerdict({ "transfer-encoding": "chunked" })).toBe("count-chunks");
  });

  it("refuses by the declared length even when chunks are announced too", () => {
    expect(bodyVerdict({ "transfer-encoding": "chunked", "content-length": "10000000" })).toBe(
      "too-large",
    );
  });

  it("ignores a length that is no number (Node's parser refuses those itself)", () => {
    expect(bodyVerdict({ "content-length": "viel" })).toBe("ok");
  });
});

describe("chunkedBodyVerdict", () => {
  it("waits while the body is incomplete and within the limit", () => {
    expect(chunkedBodyVerdict(1_000, false)).toBe("wait");
  });
  it("passes a complete body within the limit", () => {
    expect(chunkedBodyVerdict(MAX_BODY_BYTES, true)).toBe("ok");
  });
  it("refuses as soon as the buffered bytes pass the limit", () => {
    expect(chunkedBodyVerdict(MAX_BODY_BYTES + 1, false)).toBe("too-large");
    expect(chunkedBodyVerdict(MAX_BODY_BYTES + 1, true)).toBe("too-large");
  });
});

describe("isCrossOrigin", () => {
  it("only judges POSTs", () => {
    const get = { method: "GET", url: "/", headers: { origin: "https://evil.example" } };
    expect(isCrossOrigin(get, site)).toBe(false);
  });

  it("accepts a post without Origin (older clients) and from the host or SITE_URL", () => {
    expect(isCrossOrigin(post({}), site)).toBe(false);
    expect(isCrossOrigin(post({ origin: "http://127.0.0.1:3000" }), site)).toBe(false);
    expect(isCrossOrigin(post({ origin: "https://www.example.at" }), site)).toBe(false);
  });

  it("refuses another site, an opaque origin and a malformed one", () => {
    expect(isCrossOrigin(post({ origin: "https://evil.example" }), site)).toBe(true);
    expect(isCrossOrigin(post({ origin: "null" }), site)).toBe(true);
    expect(isCrossOrigin(post({ origin: "::nonsense" }), site)).toBe(true);
  });

  it("trusts X-Forwarded-Host only behind a trusted proxy", () => {
    const viaProxy = post({
      origin: "https://kiosk.internal",
      "x-forwarded-host": "kiosk.internal",
    });
    expect(isCrossOrigin(viaProxy, site)).toBe(true);
    expect(isCrossOrigin(viaProxy, { ...site, trustProxy: true })).toBe(false);
  });
});

describe("hasValidPath", () => {
  it("accepts paths that decode, whatever the query holds", () => {
    expect(hasValidPath("/politik/%C3%B6sterreich")).toBe(true);
    expect(hasValidPath("/suche?q=%E0%A4%A")).toBe(true);
  });
  it("refuses a broken percent-encoding in the path", () => {
    expect(hasValidPath("/politik/%E0%A4%A")).toBe(false);
    expect(hasValidPath("/%")).toBe(false);
  });
});

describe("requestVerdict", () => {
  it("lets an ordinary request on to the route gate", () => {
    expect(requestVerdict({ method: "GET", url: "/", headers: {} }, site)).toBeNull();
  });
  it("answers a cross-site post with 403", () => {
    expect(requestVerdict(post({ origin: "https://evil.example" }), site)).toBe(
      ANSWERS.crossOrigin,
    );
    expect(ANSWERS.crossOrigin.status).toBe(403);
  });
  it("answers a broken path with the 400 page", () => {
    const verdict = requestVerdict({ method: "GET", url: "/%zz", headers: {} }, site);
    expect(verdict).toEqual({
      status: 400,
      body: BAD_REQUEST_PAGE,
      headers: { "Content-Type": "text/html; charset=utf-8" },
    });
  });
  it("checks the origin before the path", () => {
    expect(requestVerdict(post({ origin: "https://evil.example" }, "/%zz"), site)?.status).toBe(
      403,
    );
  });
});

describe("the server's own answers", () => {
  it("take their words from the dictionary", () => {
    expect(BAD_REQUEST_PAGE).toContain(`<title>${t.server.badRequestTitle}</title>`);
    expect(BAD_REQUEST_PAGE).toContain(t.server.badRequestText);
    expect(BAD_REQUEST_PAGE).toContain(`<a href="/">${t.server.backHome}</a>`);
    expect(BAD_REQUEST_PAGE).toMatch(/^<!doctype html><html lang="de">/);
    expect(ANSWERS.tooLarge).toEqual({
      status: 413,
      body: t.server.tooLarge,
      headers: { Connection: "close" },
    });
    expect(ANSWERS.internalError.body).toBe(t.server.internalError);
  });

  it("a redirect is permanent and may be kept by a shared cache for a while", () => {
    const moved = movedAnswer("/sport/neu");
    expect(moved.status).toBe(308);
    expect(moved.body).toBe(t.server.moved);
    expect(moved.headers.Location).toBe("/sport/neu");
    expect(moved.headers["Cache-Control"]).toMatch(/^public, .*s-maxage=60/);
  });
});

describe("routeVerdict", () => {
  const files = new Set(["/humans.txt"]);
  const never = (): LookupAnswer => {
    throw new Error("no lookup expected");
  };

  it("lets the front page and public files through without asking the database", () => {
    expect(routeVerdict("/", files, never)).toEqual({ kind: "next" });
    expect(routeVerdict("/humans.txt", files, never)).toEqual({ kind: "next" });
  });

  it("sends a URL that can be no page to the prerendered 404, keeping the query", () => {
    expect(routeVerdict("/gibt/es/so/nicht/x?a=1", files, never)).toEqual({
      kind: "not-found",
      url: `${NOT_FOUND_PATH}?a=1`,
    });
  });

  it("asks the database for an article and follows its answer", () => {
    const asked: RouteLookup[] = [];
    const answer =
      (a: LookupAnswer | "failed") =>
      (route: RouteLookup): LookupAnswer | "failed" => {
        asked.push(route);
        return a;
      };
    expect(routeVerdict("/politik/ein-artikel", files, answer({ kind: "found" }))).toEqual({
      kind: "next",
    });
    expect(asked.length).toBe(1);
    expect(routeVerdict("/politik/ein-artikel", files, answer({ kind: "missing" }))).toEqual({
      kind: "not-found",
      url: NOT_FOUND_PATH,
    });
    expect(
      routeVerdict(
        "/politik/alter-slug?kommentare=2",
        files,
        answer({ kind: "moved", sectionSlug: "sport", slug: "neuer-slug" }),
      ),
    ).toEqual({ kind: "moved", location: "/sport/neuer-slug?kommentare=2" });
  });

  it("sends every URL of a withdrawn article to its Ressort's gone page, without the query", () => {
    const gone = (): LookupAnswer => ({ kind: "gone", sectionSlug: "politik" });
    for (const url of [
      "/politik/ein-artikel",
      "/sport/ein-artikel?kommentare=2",
      "/politik/ein-artikel/antworten/7",
      "/politik/ein-artikel/opengraph-image",
    ]) {
      expect(routeVerdict(url, files, gone), url).toEqual({
        kind: "gone",
        url: `${GONE_PATH}/politik`,
      });
    }
    expect(GONE_STATUS).toBe(410);
  });

  it("lets the request through when the lookup fails (the page will say what is wrong)", () => {
    expect(routeVerdict("/politik/ein-artikel", files, () => "failed")).toEqual({ kind: "next" });
  });
});
