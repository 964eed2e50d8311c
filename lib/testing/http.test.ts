import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  attribute,
  connectionPool,
  decodeEntities,
  multipart,
  readForm,
  request,
  runConcurrently,
  setCookie,
} from "./http";

describe("decodeEntities", () => {
  it("decodes the named references React writes and numeric ones", () => {
    expect(decodeEntities("&quot;a&quot; &amp; &lt;b&gt; &#x27;c&#39; &apos;")).toBe(
      `"a" & <b> 'c' '`,
    );
    expect(decodeEntities("Gr&#252;&#xDF;e &#X1F44B;&nbsp;!")).toBe("Grüße 👋\u00a0!");
  });
  it("decodes once: an escaped reference stays a reference", () => {
    expect(decodeEntities("&amp;lt;script&amp;gt;")).toBe("&lt;script&gt;");
  });
  it("leaves unknown names, bare ampersands and impossible code points alone", () => {
    expect(decodeEntities("&bogus; a & b &#x110000; &#;")).toBe("&bogus; a & b &#x110000; &#;");
  });
});

describe("attribute", () => {
  it("reads a whole attribute, not one that ends with its name", () => {
    const tag = '<input data-name="x" name="$ACTION_1:0" value="{&quot;id&quot;:1}"/>';
    expect(attribute(tag, "name")).toBe("$ACTION_1:0");
    expect(attribute(tag, "value")).toBe('{"id":1}');
    expect(attribute(tag, "type")).toBeUndefined();
  });
});

describe("readForm", () => {
  const page =
    '<form class="search" action="/suche"><input type="hidden" name="q" value="x"/></form>' +
    '<form class="comment-form" id="kommentar-formular" action="/politik/a?x=1&amp;y=2#kommentar-formular" method="POST">' +
    '<input type="hidden" name="$ACTION_REF_1"/>' +
    '<input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;abc123&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>' +
    '<input type="hidden" name="$ACTION_KEY" value="k1"/>' +
    '<input type="hidden" name="articleId" value="42"/><input type="hidden" name="token" value="" readOnly=""/>' +
    '<label>Name <input name="name" value="Erika"/></label><input type="text" name="website"/>' +
    "</form><footer>Impressum</footer>";

  it("finds the form around a marker: its action, hidden fields in order and action id", () => {
    const form = readForm(page, 'id="kommentar-formular"');
    expect(form.action).toBe("/politik/a?x=1&y=2");
    expect(form.hidden).toEqual({
      $ACTION_REF_1: "",
      "$ACTION_1:0": '{"id":"abc123","bound":"$@1"}',
      $ACTION_KEY: "k1",
      articleId: "42",
      token: "",
    });
    expect(Object.keys(form.hidden)[0]).toBe("$ACTION_REF_1");
    expect(form.actionId).toBe("abc123");
  });
  it("takes the form the marker is in, not a neighbour", () => {
    expect(readForm(page, 'class="search"')).toEqual({
      action: "/suche",
      hidden: { q: "x" },
      actionId: undefined,
    });
    expect(readForm(page, "Name <input").hidden.articleId).toBe("42");
  });
  it("says so when there is no such form", () => {
    expect(() => readForm(page, 'id="login-title"')).toThrow(/no form around/);
    expect(() => readForm(page, "Impressum")).toThrow(/no form around/);
  });
});

describe("multipart", () => {
  it("writes each field once, a list once per value, and closes the body", () => {
    const { body, contentType } = multipart({ name: "Jürgen", tag: ["a", "b"], empty: "" });
    const boundary = /boundary=(.+)$/.exec(contentType)![1]!;
    const text = body.toString("utf8");
    expect(text.split(`--${boundary}\r\n`)).toHaveLength(5);
    expect(text).toContain('name="name"\r\n\r\nJürgen\r\n');
    expect(text.match(/name="tag"/g)).toHaveLength(2);
    expect(text.endsWith(`--${boundary}--\r\n`)).toBe(true);
    expect(multipart({}).contentType).not.toBe(contentType);
  });
  it("keeps the order of a list of pairs, where an object would put a name like 0 first", () => {
    const names = (body: Buffer) =>
      [...body.toString("utf8").matchAll(/name="([^"]+)"/g)].map((m) => m[1]);
    expect(
      names(
        multipart([
          ["_1_name", "a"],
          ["_1_body", "b"],
          ["0", "[]"],
        ]).body,
      ),
    ).toEqual(["_1_name", "_1_body", "0"]);
    expect(names(multipart({ _1_name: "a", "0": "[]" }).body)).toEqual(["0", "_1_name"]);
  });
});

describe("setCookie", () => {
  it("picks one cookie's name=value", () => {
    const headers = { "set-cookie": ["a=1; Path=/", "kiosk_session=t0k; HttpOnly; Path=/"] };
    expect(setCookie(headers, "kiosk_session")).toBe("kiosk_session=t0k");
    expect(setCookie(headers, "kiosk")).toBeUndefined();
    expect(setCookie({}, "a")).toBeUndefined();
  });
});

describe("runConcurrently", () => {
  it("keeps the order of results and never runs more than the limit at once", async () => {
    let running = 0;
    let most = 0;
    const results = await runConcurrently(10, 3, async (i) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, (10 - i) % 4));
      running--;
      return i * 2;
    });
    expect(results).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(most).toBe(3);
    expect(await runConcurrently(0, 3, async () => 1)).toEqual([]);
  });
});

describe("request against a local server", () => {
  let server: http.Server;
  let origin = "";
  const seen: { headers: http.IncomingHttpHeaders; body: string; address?: string }[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        seen.push({
          headers: req.headers,
          body: Buffer.concat(chunks).toString("utf8"),
          address: req.socket.remoteAddress,
        });
        res.setHeader("Set-Cookie", ["kiosk_kommentar_start=abc; Path=/x; HttpOnly"]);
        res.end(`${req.method} ${req.url} ${chunks.length}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends a body with its length, and in chunks when asked", async () => {
    const plain = await request(origin, "/a?b=ä#frag", { method: "POST", body: "Grüße" });
    expect(plain.status).toBe(200);
    expect(plain.body).toMatch(/^POST \/a\?b=%C3%A4 /);
    expect(seen.at(-1)!.headers["content-length"]).toBe("7");
    expect(seen.at(-1)!.body).toBe("Grüße");
    expect(setCookie(plain.headers, "kiosk_kommentar_start")).toBe("kiosk_kommentar_start=abc");
    expect(plain.ms).toBeGreaterThan(0);

    const chunked = await request(origin, "/c", {
      method: "POST",
      body: "x".repeat(10_000),
      chunkSize: 1024,
    });
    expect(chunked.status).toBe(200);
    expect(seen.at(-1)!.headers["transfer-encoding"]).toBe("chunked");
    expect(seen.at(-1)!.headers["content-length"]).toBeUndefined();
    expect(seen.at(-1)!.body).toHaveLength(10_000);
  });

  it("sends from the local address asked for", async () => {
    await request(origin, "/", { localAddress: "127.0.0.7" });
    expect(seen.at(-1)!.address).toBe("127.0.0.7");
  });

  it("reuses connections in a pool until it is closed", async () => {
    const pool = connectionPool(2);
    const ports = new Set<number>();
    server.on("connection", (socket) => ports.add(socket.remotePort!));
    for (let i = 0; i < 5; i++) expect((await pool.get(origin, `/${i}`)).status).toBe(200);
    expect(ports.size).toBe(1);
    pool.close();
    expect(Buffer.isBuffer((await request(origin, "/")).bytes)).toBe(true);
    expect(ports.size).toBe(2);
  });
});
