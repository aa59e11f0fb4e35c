using Annals.Timelines;

namespace Annals.Rendering;

/// <summary>
/// Writes a whole Markdown chronology: the title heading, the introduction, the optional Mermaid diagram and table of
/// contents, a heading and a list or table per section, and the footnote definitions of the sources at the end.
/// </summary>
/// <remarks>Streams to its <see cref="LineWriter"/>. Not thread-safe; use one renderer per document.</remarks>
internal sealed class MarkdownRenderer
{
    private readonly LineWriter writer;
    private readonly MarkdownOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="writer">Where the document goes.</param>
    /// <param name="options">What to write.</param>
    public MarkdownRenderer(LineWriter writer, MarkdownOptions options)
    {
        this.writer = writer;
        this.options = options;
    }

    /// <summary>Writes the document.</summary>
    /// <param name="timeline">The timeline.</param>
    public void Render(Timeline timeline)
    {
        var format = DateTextFormat.For(options.Culture);
        var phrases = new EventPhrases(timeline, format);
        var text = phrases.Text;
        var sections = ChronologySection.Of(timeline, options.Grouping, options.Order, phrases.Labels, text);
        var slugs = new GitHubSlugger();

        if (options.IncludeTitle)
        {
            var title = TextNormalizer.OneLine(string.IsNullOrWhiteSpace(options.Title) ? timeline.Title : options.Title);
            title = title.Length == 0 ? text.Chronology : title;
            Heading(options.HeadingLevel, title);
            slugs.Add(title);
        }

        var introduction = options.Introduction ?? timeline.Description;
        if (!string.IsNullOrWhiteSpace(introduction))
        {
            writer.BlankLine();
            writer.WriteLine(MarkdownEscaper.Escape(introduction));
        }

        if (options.IncludeMermaid && sections.Count > 0)
        {
            writer.BlankLine();
            writer.WriteLine("```mermaid");
            var mermaid = new MermaidOptions
            {
                IncludeTitle = false,
                Grouping = options.Grouping,
                Order = options.Order,
                Culture = options.Culture,
            };
            new MermaidRenderer(writer, mermaid).Render(timeline);
            writer.WriteLine("```");
        }

        if (options.IncludeTableOfContents && sections.Any(s => s.Heading is not null))
        {
            new TableOfContentsWriter(writer, slugs).Write(options.HeadingLevel + 1, text.Contents, sections);
        }

        if (sections.Count == 0)
        {
            writer.BlankLine();
            writer.WriteLine(MarkdownEscaper.Escape(text.NoEvents));
        }

        var footnotes = new FootnoteRegistry(options.IncludeSources ? timeline.Count : 0);
        ISectionWriter body = options.Style == MarkdownStyle.Table
            ? new EventTableWriter(writer, options, phrases, footnotes)
            : new EventListWriter(writer, options, phrases, footnotes);
        foreach (var section in sections)
        {
            if (section.Heading is not null)
            {
                Heading(options.HeadingLevel + 1, section.Heading);
            }

            body.Write(section.Events);
        }

        footnotes.WriteDefinitions(writer, new SourceCitation(phrases.Labels, text));
        writer.Finish();
    }

    private void Heading(int level, string text)
    {
        writer.BlankLine();
        writer.Write(new string('#', level)).Write(' ').WriteLine(MarkdownEscaper.EscapeInline(text));
    }
}
