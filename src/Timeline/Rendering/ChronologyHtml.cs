using Annals.Timelines;

namespace Annals.Rendering;

/// <summary>
/// Renders a timeline as one self-contained HTML5 page: no scripts and no external resources (no stylesheets, fonts or
/// images to fetch), readable on screen and on paper, with the same groups, order, date labels, participants and
/// sources as the Markdown chronology.
/// </summary>
/// <remarks>
/// <code>
/// File.WriteAllText("chronology.html", ChronologyHtml.ToHtml(Samples.ElSalvadorUnitedStates2025,
///     new HtmlOptions { Culture = new CultureInfo("es-SV") }));
/// </code>
/// <para><b>Structure.</b> <c>&lt;html lang="…" dir="…"&gt;</c> from the culture (<c>lang="en"</c> when there is none;
/// <c>dir="rtl"</c> for right-to-left cultures such as ar-SA), <c>&lt;meta charset="utf-8"&gt;</c>, a
/// <c>&lt;title&gt;</c>, an inline <c>&lt;style&gt;</c> and a Content-Security-Policy that allows nothing else; then an
/// <c>&lt;h1&gt;</c> and the introduction, a <c>&lt;section&gt;</c> with an <c>&lt;h2&gt;</c> per group and an
/// <c>&lt;ol&gt;</c> with one <c>&lt;li&gt;</c> per event, and at the end the numbered list of sources, each linking
/// back to where it is cited. A date that is exactly one day, month or year is a
/// <c>&lt;time datetime="2025-02-03"&gt;</c> (<c>"2025-04"</c>, <c>"2021"</c>); an approximate, uncertain or
/// interval date is written as text only, because <c>datetime</c> can express neither.</para>
/// <para><b>Print.</b> A print stylesheet switches to a serif font in black, keeps each event on one page where it can,
/// hides the links back from the sources, and prints each external link's address after its text
/// (<c>a[href]::after</c>).</para>
/// <para><b>Escaping.</b> Every piece of user text goes through <see cref="HtmlEscaper"/> (<c>&amp; &lt; &gt; " '</c>
/// become entities) and every attribute value is quoted, so no user text can open a tag, an attribute or a script.
/// Links come only from source URLs, and only for <c>http</c>, <c>https</c> and <c>mailto</c>; all other links are
/// <c>#</c> fragments within the page.</para>
/// <para><b>Bytes.</b> The page is written as polyglot markup (lower-case tags, every element closed, void elements
/// self-closed, attributes quoted, only the entities XML knows), so an XML parser can read it too. Lines end with
/// <c>\n</c> and the page ends with one <c>\n</c>; the same timeline and options give the same text on every machine and
/// under every current culture.</para>
/// <para>All members are thread-safe as long as each call has its own writer.</para>
/// </remarks>
public static class ChronologyHtml
{
    /// <summary>Writes a timeline as an HTML page.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="writer">Where to write; it is neither flushed nor closed. Save the text as UTF-8.</param>
    /// <param name="options">What to write; <see langword="null"/> for <see cref="HtmlOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void Write(Timeline timeline, TextWriter writer, HtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(writer);
        new HtmlRenderer(new LineWriter(writer), options ?? HtmlOptions.Default).Render(timeline);
    }

    /// <summary>Renders a timeline as an HTML page.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="options">What to write; <see langword="null"/> for <see cref="HtmlOptions.Default"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is <see langword="null"/>.</exception>
    public static string ToHtml(Timeline timeline, HtmlOptions? options = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(timeline, writer, options);
        return writer.ToString();
    }
}
