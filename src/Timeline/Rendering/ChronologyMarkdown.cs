using Annals.Timelines;

namespace Annals.Rendering;

/// <summary>
/// Renders a timeline as a Markdown chronology for GitHub and any CommonMark renderer with footnotes and tables: a
/// title, an introduction, a heading per year or month, one list item or table row per event with its date in words,
/// participants with their offices, status and certainty in words, and the sources as footnotes.
/// </summary>
/// <remarks>
/// <code>
/// var markdown = ChronologyMarkdown.ToMarkdown(Samples.ElSalvadorUnitedStates2025,
///     new MarkdownOptions { Style = MarkdownStyle.Table, Culture = new CultureInfo("es-SV") });
/// </code>
/// <para>The output streams to the writer event by event; only the distinct sources are held until the footnotes are
/// written at the end. Lines end with <c>\n</c> whatever the writer's <see cref="TextWriter.NewLine"/>, no line has
/// trailing spaces, and the document ends with exactly one newline, so output is byte-for-byte the same on every
/// machine for the same options.</para>
/// <para>Everything the user wrote is escaped (see <see cref="MarkdownEscaper"/>): it can never change the structure
/// of the document, produce HTML or produce a link. Links come only from source URLs, and only for <c>http</c>,
/// <c>https</c> and <c>mailto</c>.</para>
/// <para>All members are thread-safe as long as each call has its own writer.</para>
/// </remarks>
public static class ChronologyMarkdown
{
    /// <summary>Writes a timeline as Markdown.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="writer">Where to write; it is neither flushed nor closed.</param>
    /// <param name="options">What to write; <see langword="null"/> for <see cref="MarkdownOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void Write(Timeline timeline, TextWriter writer, MarkdownOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(writer);
        new MarkdownRenderer(new LineWriter(writer), options ?? MarkdownOptions.Default).Render(timeline);
    }

    /// <summary>Renders a timeline as Markdown.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="options">What to write; <see langword="null"/> for <see cref="MarkdownOptions.Default"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is <see langword="null"/>.</exception>
    public static string ToMarkdown(Timeline timeline, MarkdownOptions? options = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(timeline, writer, options);
        return writer.ToString();
    }
}
