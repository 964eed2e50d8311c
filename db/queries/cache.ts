import "server-only";
import { unstable_cache } from "next/cache";

/**
 * Runs a read through Next's data cache under the given tags. The tags also attach to the
 * page being rendered, so expiring a tag expires every cached page that showed the data.
 * `key` must identify the call completely (name and arguments).
 */
export function cached<T>(
  key: readonly (string | number)[],
  tags: readonly string[],
  read: () => T,
  revalidate: number | false = false,
): Promise<T> {
  return unstable_cache(async () => read(), key.map(String), { tags: [...tags], revalidate })();
}
