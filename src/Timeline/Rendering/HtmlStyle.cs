namespace Annals.Rendering;

/// <summary>The stylesheet written inline in every page of <see cref="ChronologyHtml"/>: a readable column on screen,
/// and a print layout in black serif type that keeps events whole and prints the address of every external link after
/// its text.</summary>
/// <remarks>Only local fonts are named, so nothing is fetched. Margins and borders use logical properties
/// (<c>inline-start</c>), so the layout mirrors itself for right-to-left pages. The stylesheet holds no <c>&lt;</c> and
/// no <c>&amp;</c>, so the page stays well-formed XML.</remarks>
internal static class HtmlStyle
{
    /// <summary>The lines of the stylesheet, unindented.</summary>
    public static readonly IReadOnlyList<string> Lines =
    [
        "body { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; font: 1rem/1.55 system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", sans-serif; color: #1b1b1b; background: #fff; }",
        "h1 { font-size: 1.9rem; line-height: 1.2; margin: 1.5rem 0 0.75rem; }",
        "h2 { font-size: 1.35rem; margin: 2.25rem 0 0.75rem; padding-block-end: 0.25rem; border-block-end: 1px solid #d0d0d0; }",
        "h3 { font-size: 1.05rem; margin: 0.1rem 0 0.35rem; }",
        "a { color: #1f5aa6; }",
        "ol.events { list-style: none; margin: 0; padding: 0; }",
        "ol.events > li { margin: 0 0 1.25rem; padding-inline-start: 0.9rem; border-inline-start: 3px solid #4a6fa5; }",
        ".date { margin: 0; color: #555; font-size: 0.9rem; }",
        ".summary, .participants { margin: 0.25rem 0; }",
        ".participants { color: #444; font-size: 0.95rem; }",
        "sup.references { font-size: 0.7rem; }",
        "sup.references a, .backlinks a { text-decoration: none; }",
        ".sources ol { padding-inline-start: 1.75rem; font-size: 0.9rem; }",
        ".sources li { margin-block-end: 0.4rem; overflow-wrap: anywhere; }",
        "@media print {",
        "  body { max-width: none; margin: 0; padding: 0; font: 11pt/1.4 Georgia, \"Times New Roman\", serif; color: #000; background: #fff; }",
        "  a { color: inherit; text-decoration: none; }",
        "  a[href]:not([href^=\"#\"])::after { content: \" (\" attr(href) \")\"; font-size: 0.85em; overflow-wrap: anywhere; }",
        "  .backlinks { display: none; }",
        "  ol.events > li { break-inside: avoid; border-inline-start-color: #888; }",
        "  h2, h3 { break-after: avoid; }",
        "  .date, .participants { color: #000; }",
        "}",
    ];
}
