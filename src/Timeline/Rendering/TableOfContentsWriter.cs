namespace Annals.Rendering;

/// <summary>
/// Writes a table of contents: a heading ("Contents") and a list of links to the section headings, whose anchors
/// follow GitHub's rules (<see cref="GitHubSlugger"/>):
/// <code>
/// ## Contents
///
/// - [2021](#2021)
/// - [2025](#2025)
/// </code>
/// </summary>
internal sealed class TableOfContentsWriter
{
    private readonly LineWriter writer;
    private readonly GitHubSlugger slugs;

    /// <summary>Creates a writer.</summary>
    /// <param name="writer">The document.</param>
    /// <param name="slugs">The anchors of the headings written so far; the contents heading and the section headings
    /// are added to it in document order.</param>
    public TableOfContentsWriter(LineWriter writer, GitHubSlugger slugs)
    {
        this.writer = writer;
        this.slugs = slugs;
    }

    /// <summary>Writes the table of contents.</summary>
    /// <param name="level">The level of the contents heading (that of the section headings).</param>
    /// <param name="heading">The contents heading.</param>
    /// <param name="sections">The sections that will follow.</param>
    public void Write(int level, string heading, IReadOnlyList<ChronologySection> sections)
    {
        writer.BlankLine();
        writer.Write(new string('#', level)).Write(' ').WriteLine(MarkdownEscaper.EscapeInline(heading));
        slugs.Add(heading);
        writer.BlankLine();
        foreach (var section in sections)
        {
            if (section.Heading is null)
            {
                continue;
            }

            var anchor = slugs.Add(section.Heading);
            writer.Write("- [").Write(MarkdownEscaper.EscapeInline(section.Heading)).Write("](#").Write(anchor).WriteLine(")");
        }

        writer.BlankLine();
    }
}
