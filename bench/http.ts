// The bench's one HTTP client for its sequential probes: keep-alive connections (less client
// overhead than fetch), each reply timed from sending the request to the last byte of the body.
// run.ts closes them at the end of a run.
import { connectionPool } from "@/lib/testing/http";

export const { get, request, close: closeConnections } = connectionPool(16);
