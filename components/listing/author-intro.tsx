import type { AuthorInfo } from "@/db/queries/articles";
import { t } from "@/lib/i18n";

export function AuthorIntro({ author }: { author: AuthorInfo }) {
  return (
    <div className="author-intro">
      <p className="author-intro__role">
        {author.role}
        {author.isColumnist ? ` · ${t.author.columnist}` : null}
      </p>
      {author.bio ? <p className="listing__intro">{author.bio}</p> : null}
    </div>
  );
}
