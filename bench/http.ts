// A minimal keep-alive HTTP client for the sequential probes: less client overhead than fetch, and
// the time measured runs from sending the request to the last byte of the body.
import http from "node:http";
import { performance } from "node:perf_hooks";

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** Milliseconds from request start to the end of the body. */
  ms: number;
}

export function request(
  origin: string,
  pathAndQuery: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer } = {},
): Promise<HttpResult> {
  const url = new URL(pathAndQuery, origin);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      url,
      {
        agent,
        method: options.method ?? "GET",
        headers: {
          ...(options.body ? { "content-length": String(options.body.length) } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
            ms: performance.now() - started,
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.setTimeout(60_000, () => req.destroy(new Error(`timeout: ${url.href}`)));
    req.end(options.body);
  });
}

export function get(origin: string, pathAndQuery: string, headers?: Record<string, string>) {
  return request(origin, pathAndQuery, { headers });
}

/** Runs task(i) for i in [0, count) with at most `concurrency` in flight; returns results in order. */
export async function pool<T>(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<T>,
): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, count) }, async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  });
  await Promise.all(workers);
  return results;
}

export function closeConnections(): void {
  agent.destroy();
}
