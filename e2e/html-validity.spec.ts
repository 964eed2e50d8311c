import { expect, test } from "@playwright/test";
import { PUBLIC, testDb } from "./db";

// The HTML the server sends for each kind of public page, held to the rules of the HTML
// standard that the Nu checker reported on or that a page of this site could break: attributes
// only allowed on some input types, unique ids and the references to them, alt on every image,
// a label on every form control, no interactive content inside links or buttons, one <h1>. The
// checker itself is no dependency (it needs a Java runtime CI does not have). The markup is
// parsed by the browser's DOMParser, so what is checked is the server's HTML, not the DOM after
// hydration.

/** Which pages: one of each kind, a later page of each listing, the comment views, 404. */
function pagesToCheck(): string[] {
  const db = testDb();
  const most = (sql: string) => db.prepare(sql).get() as { slug: string };
  const author = most(
    `SELECT au.slug FROM authors au JOIN articles a ON a.author_id = au.id WHERE ${PUBLIC}
     GROUP BY au.id ORDER BY count(*) DESC LIMIT 1`,
  );
  const topic = most(
    `SELECT g.slug FROM tags g JOIN article_tags t ON t.tag_id = g.id
     JOIN articles a ON a.id = t.article_id WHERE ${PUBLIC}
     GROUP BY g.id ORDER BY count(*) DESC LIMIT 1`,
  );
  // The article with the most approved comments: comment list, reply links and the form.
  const discussed = db
    .prepare(
      `SELECT s.slug AS section, a.slug, max(c.id) AS commentId, count(*) AS comments
       FROM comments c JOIN articles a ON a.id = c.article_id
       JOIN sections s ON s.id = a.section_id
       WHERE c.status = 'approved' AND ${PUBLIC} AND c.parent_id IS NULL
       GROUP BY a.id ORDER BY count(*) DESC LIMIT 1`,
    )
    .get() as { section: string; slug: string; commentId: number; comments: number };
  const article = `/${discussed.section}/${discussed.slug}`;
  return [
    "/",
    "/politik",
    "/politik/seite/2",
    `/autor/${author.slug}`,
    `/autor/${author.slug}/seite/2`,
    `/thema/${topic.slug}`,
    `/thema/${topic.slug}/seite/2`,
    article,
    `${article}?antworten=${discussed.commentId}`,
    ...(discussed.comments > 50 ? [`${article}?kommentare=2`] : []),
    "/info/impressum",
    "/suche",
    "/suche?q=wien",
    "/suche?q=zzzzqqq",
    "/gibt-es-nicht",
  ];
}

test("every kind of public page is valid HTML by the rules the Nu checker applies", async ({
  page,
  request,
}) => {
  test.slow(); // some 15 pages, each rendered on first request, fetched and parsed
  const found: Record<string, string[]> = {};
  for (const url of pagesToCheck()) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect([200, 404], url).toContain(response.status());
    const problems = await page.evaluate(findProblems, await response.text());
    if (problems.length > 0) found[url] = problems;
  }
  expect(found).toEqual({});
});

/** Runs in the browser: the problems in one HTML document, each as a short sentence. */
function findProblems(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const problems: string[] = [];
  // An element's start tag, to say where a problem is.
  const show = (el: Element) => el.outerHTML.replace(/>[\s\S]*$/, ">").slice(0, 160);

  // Per input type (HTML § 4.10.5.1): where readonly, required and placeholder may appear.
  const READONLY = "text search url tel email password date month week time datetime-local number";
  const REQUIRED = `${READONLY} checkbox radio file`;
  const PLACEHOLDER = "text search url tel email password number";
  for (const input of doc.querySelectorAll("input")) {
    const type = (input.getAttribute("type") ?? "text").toLowerCase();
    const allows = (list: string) => list.split(" ").includes(type);
    if (input.hasAttribute("readonly") && !allows(READONLY)) {
      problems.push(`readonly on input type=${type}: ${show(input)}`);
    }
    if (input.hasAttribute("required") && !allows(REQUIRED)) {
      problems.push(`required on input type=${type}: ${show(input)}`);
    }
    if (input.hasAttribute("placeholder") && !allows(PLACEHOLDER)) {
      problems.push(`placeholder on input type=${type}: ${show(input)}`);
    }
  }
  for (const el of doc.querySelectorAll(
    "select[readonly], button[readonly], select[placeholder]",
  )) {
    problems.push(`attribute not allowed here: ${show(el)}`);
  }

  // Ids are unique, and every reference to an id finds one.
  const ids = new Map<string, number>();
  for (const el of doc.querySelectorAll("[id]")) ids.set(el.id, (ids.get(el.id) ?? 0) + 1);
  for (const [id, count] of ids) if (count > 1) problems.push(`id "${id}" appears ${count} times`);
  for (const el of doc.querySelectorAll(
    "label[for], [aria-labelledby], [aria-describedby], [aria-controls]",
  )) {
    for (const attribute of ["for", "aria-labelledby", "aria-describedby", "aria-controls"]) {
      for (const ref of (el.getAttribute(attribute) ?? "").split(/\s+/).filter(Boolean)) {
        if (!ids.has(ref)) problems.push(`${attribute}="${ref}" names no element: ${show(el)}`);
      }
    }
  }

  for (const img of doc.querySelectorAll("img:not([alt])")) {
    problems.push(`img without alt: ${show(img)}`);
  }

  // Every form control a person fills in has a name a screen reader can say.
  const controls = doc.querySelectorAll(
    "input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea",
  );
  for (const control of controls) {
    const labelled =
      control.closest("label") !== null ||
      (control.id !== "" && doc.querySelector(`label[for="${CSS.escape(control.id)}"]`) !== null) ||
      (control.getAttribute("aria-label") ?? "").trim() !== "" ||
      control.hasAttribute("aria-labelledby") ||
      (control.getAttribute("title") ?? "").trim() !== "";
    if (!labelled) problems.push(`form control without a label: ${show(control)}`);
  }

  // Interactive content must not contain more interactive content (a in a, a in button, …).
  const INTERACTIVE =
    "a[href], button, input:not([type=hidden]), select, textarea, label, details, iframe, embed, [tabindex]";
  for (const outer of doc.querySelectorAll("a[href], button")) {
    const inner = outer.querySelector(INTERACTIVE);
    if (inner) problems.push(`${show(inner)} inside ${show(outer)}`);
  }
  for (const form of doc.querySelectorAll("form form")) {
    problems.push(`form inside a form: ${show(form)}`);
  }

  // aria-label is prohibited on elements with no role to carry it (div, span, p, …).
  for (const el of doc.querySelectorAll(
    ":is(div, span, p, b, i, small, strong, em, code, pre, time):not([role])[aria-label]",
  )) {
    problems.push(`aria-label on an element without a role: ${show(el)}`);
  }

  const h1 = doc.querySelectorAll("h1").length;
  if (h1 !== 1) problems.push(`${h1} <h1> elements instead of one`);
  if (!doc.documentElement.lang) problems.push("<html> without lang");
  if (!doc.title.trim()) problems.push("no <title>");
  return problems;
}
