using Annals.Timelines;

namespace Annals.Rendering;

/// <summary>
/// Renders a timeline as a Mermaid <c>timeline</c> diagram, for GitHub, GitLab, Obsidian or any Mermaid renderer:
/// <code>
/// timeline
///     title El Salvador–United States relations, 2021–2025
///     section 2025
///         3 February 2025 : Secretary of State Rubio visits El Salvador and meets Bukele : Bukele offers …
/// </code>
/// </summary>
/// <remarks>
/// <para>Output lines end with <c>\n</c> whatever the writer's <see cref="TextWriter.NewLine"/>, have no trailing spaces,
/// and the diagram ends with exactly one newline. The output is the bare diagram; in Markdown, put it in a
/// <c>```mermaid</c> block (or let <see cref="ChronologyMarkdown"/> do it with
/// <see cref="MarkdownOptions.IncludeMermaid"/>). How text is escaped is described on <see cref="MermaidEscaper"/>.</para>
/// <para>All members are thread-safe as long as each call has its own writer.</para>
/// </remarks>
public static class ChronologyMermaid
{
    /// <summary>Writes a timeline as a Mermaid diagram.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="writer">Where to write; it is neither flushed nor closed.</param>
    /// <param name="options">What to write; <see langword="null"/> for <see cref="MermaidOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void Write(Timeline timeline, TextWriter writer, MermaidOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(writer);
        new MermaidRenderer(new LineWriter(writer), options ?? MermaidOptions.Default).Render(timeline);
    }

    /// <summary>Renders a timeline as a Mermaid diagram.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="options">What to write; <see langword="null"/> for <see cref="MermaidOptions.Default"/>.</param>
    /// <returns>The diagram.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is <see langword="null"/>.</exception>
    public static string ToMermaid(Timeline timeline, MermaidOptions? options = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(timeline, writer, options);
        return writer.ToString();
    }
}
