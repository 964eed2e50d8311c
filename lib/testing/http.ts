// HTTP as the e2e specs and the bench send it without a browser: raw requests (chunked bodies, a
// chosen client address, time to the last byte), keep-alive connection pools, a concurrency
// limit, and reading the forms the server renders so they can be posted as a browser without
// JavaScript posts them. Test and bench tooling only; the product never imports this.
import { randomBytes } from "node:crypto";
import http from "node:http";
import { performance } from "node:perf_hooks";

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as UTF-8 text. */
  body: string;
  /** The body as received. */
  bytes: Buffer;
  /** Milliseconds from sending the request to the end of the body. */
  ms: number;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Send the body in pieces of this size with Transfer-Encoding: chunked (no Content-Length). */
  chunkSize?: number;
  /** The local address to send from, e.g. 127.0.3.4: another client to a server without a proxy. */
  localAddress?: string;
  /** Keep-alive connections (see connectionPool); without one, a new connection per request. */
  agent?: http.Agent;
  timeoutMs?: number;
}

/** One request to `origin` (e.g. http://127.0.0.1:3107); `path` may carry a query and a #fragment. */
export function request(
  origin: string,
  path: string,
  options: RequestOptions = {},
): Promise<Reply> {
  const url = new URL(path, origin);
  const body = typeof options.body === "string" ? Buffer.from(options.body) : options.body;
  const headers: Record<string, string> = { ...options.headers };
  if (options.chunkSize) headers["Transfer-Encoding"] = "chunked";
  else if (body) headers["Content-Length"] = String(body.length);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      url,
      {
        method: options.method ?? "GET",
        headers,
        localAddress: options.localAddress,
        agent: options.agent ?? false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const ms = performance.now() - started;
          const bytes = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: bytes.toString("utf8"),
            bytes,
            ms,
          });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    const timeoutMs = options.timeoutMs ?? 30_000;
    req.setTimeout(timeoutMs, () =>
      req.destroy(new Error(`no answer within ${timeoutMs} ms: ${url.href}`)),
    );
    if (body && options.chunkSize) {
      for (let at = 0; at < body.length; at += options.chunkSize) {
        req.write(body.subarray(at, at + options.chunkSize));
      }
      req.end();
    } else {
      req.end(body);
    }
  });
}

export interface ConnectionPool {
  request(origin: string, path: string, options?: Omit<RequestOptions, "agent">): Promise<Reply>;
  get(origin: string, path: string, headers?: Record<string, string>): Promise<Reply>;
  /** Closes the idle connections (a process with open ones does not exit). */
  close(): void;
}

/** Keep-alive connections for a client that sends many requests, such as the bench's probes. */
export function connectionPool(maxSockets: number, timeoutMs = 60_000): ConnectionPool {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const send: ConnectionPool["request"] = (origin, path, options = {}) =>
    request(origin, path, { timeoutMs, ...options, agent });
  return {
    request: send,
    get: (origin, path, headers) => send(origin, path, { headers }),
    close: () => agent.destroy(),
  };
}

/** Runs task(i) for i in [0, count) with at most `concurrency` at once; results in order. */
export async function runConcurrently<T>(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<T>,
): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, count) }, async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  });
  await Promise.all(lanes);
  return results;
}

/**
 * A multipart/form-data body, as a browser sends a form; a list value repeats its field. Fields
 * go in the order given, which a server may rely on (React reads a server action's arguments as
 * they stream in): pass a list of pairs where a name such as "0" would jump ahead in an object.
 */
export function multipart(
  fields: Record<string, string | readonly string[]> | readonly (readonly [string, string])[],
): {
  body: Buffer;
  contentType: string;
} {
  const boundary = `----kiosk${randomBytes(8).toString("hex")}`;
  const parts: string[] = [];
  for (const [name, value] of Array.isArray(fields) ? fields : Object.entries(fields)) {
    for (const v of [value].flat()) {
      parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${v}\r\n`);
    }
  }
  parts.push(`--${boundary}--\r\n`);
  return {
    body: Buffer.from(parts.join(""), "utf8"),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** Text of an HTML attribute or text node: named (the common ones) and numeric references. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED_ENTITIES[ref] ?? whole;
    const code =
      ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The decoded value of attribute `name` in one tag, or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  const escaped = name.replace(/[$()*+.?[\\\]^{|}-]/g, "\\$&");
  const value = new RegExp(`\\s${escaped}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : decodeEntities(value);
}

export interface HtmlForm {
  /** Where the form posts: its action attribute without the #fragment. */
  action: string;
  /** Every hidden input by name, in document order (a server action's $ACTION_* fields among them). */
  hidden: Record<string, string>;
  /** The server action's id, when React rendered the form for one. */
  actionId: string | undefined;
}

/**
 * The form around `marker` (any text inside it, or in its own tag, such as an id) as the server
 * rendered it, so a test can post it exactly as a browser without JavaScript does.
 */
export function readForm(html: string, marker: string): HtmlForm {
  const at = html.indexOf(marker);
  const start = at < 0 ? -1 : html.lastIndexOf("<form", at);
  const end = at < 0 ? -1 : html.indexOf("</form>", at);
  if (start < 0 || end < 0) throw new Error(`no form around ${marker}`);
  const form = html.slice(start, end);
  const hidden: Record<string, string> = {};
  for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attribute(input, "name");
    if (name !== undefined && attribute(input, "type") === "hidden") {
      hidden[name] = attribute(input, "value") ?? "";
    }
  }
  // React puts the action's reference into $ACTION_<n>:0 as JSON: {"id": …, "bound": …}.
  const reference = Object.entries(hidden).find(([name]) => /^\$ACTION_\d+:0$/.test(name))?.[1];
  const actionId = reference ? (JSON.parse(reference) as { id?: string }).id : undefined;
  const formTag = form.slice(0, form.indexOf(">") + 1);
  return { action: (attribute(formTag, "action") ?? "").split("#")[0]!, hidden, actionId };
}

/** "name=value" of the cookie `name` that a reply sets, ready for a Cookie header. */
export function setCookie(headers: http.IncomingHttpHeaders, name: string): string | undefined {
  return (headers["set-cookie"] ?? [])
    .find((cookie) => cookie.startsWith(`${name}=`))
    ?.split(";")[0];
}
