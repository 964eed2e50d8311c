// Arranges approved comments for display: top-level comments oldest first, 50 a page, each with
// its replies (three levels) underneath, oldest first.

export const COMMENTS_PER_PAGE = 50;

export interface PublicComment {
  id: number;
  parentId: number | null;
  authorName: string;
  body: string;
  createdAt: number;
  isStaff: boolean;
}

export interface ThreadNode extends PublicComment {
  depth: number;
  replies: ThreadNode[];
}

export interface CommentPage {
  total: number;
  page: number;
  pageCount: number;
  threads: ThreadNode[];
}

/** `comments` must be sorted oldest first. Replies whose parent is not shown stand on their own. */
export function buildThreads(comments: readonly PublicComment[], page: number): CommentPage {
  const nodes = new Map<number, ThreadNode>();
  for (const c of comments) nodes.set(c.id, { ...c, depth: 0, replies: [] });
  const roots: ThreadNode[] = [];
  for (const c of comments) {
    const node = nodes.get(c.id)!;
    const parent = c.parentId === null ? undefined : nodes.get(c.parentId);
    if (parent && parent.depth < 2) {
      node.depth = parent.depth + 1;
      parent.replies.push(node);
    } else if (parent) {
      // Deeper replies attach to the third level.
      node.depth = 2;
      const grand = [...nodes.values()].find((n) => n.replies.includes(parent));
      (grand ?? parent).replies.push(node);
    } else {
      roots.push(node);
    }
  }
  const pageCount = Math.max(1, Math.ceil(roots.length / COMMENTS_PER_PAGE));
  const start = (page - 1) * COMMENTS_PER_PAGE;
  return {
    total: comments.length,
    page,
    pageCount,
    threads: roots.slice(start, start + COMMENTS_PER_PAGE),
  };
}
