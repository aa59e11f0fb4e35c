using System.Text;
using Annals.Model;

namespace Annals.Rendering;

/// <summary>
/// Writes a source as the text of its citation: publisher, author or handle, "citing anonymous sources", the title
/// (linked when the URL may be a link), the publication date, the link, and the quote. In Markdown:
/// <c>The White House, “[Readout of …](&lt;https://…&gt;)”, 27 January 2025: “Today, President …”</c>.
/// </summary>
/// <remarks>Every piece the user wrote is escaped by the <see cref="CitationMarkup"/> of the output format
/// (<see cref="MarkdownEscaper"/> for Markdown, the default; <see cref="HtmlEscaper"/> for HTML). A URL becomes a link
/// only when the markup accepts it (<see cref="LinkPolicy.IsSafe"/>, or <see cref="Source.IsWebUrl"/> for TimelineJS);
/// any other URL is printed as escaped text. Immutable and thread-safe.</remarks>
internal sealed class SourceCitation
{
    private readonly DateLabelFormatter labels;
    private readonly RenderText text;
    private readonly CitationMarkup markup;

    /// <summary>Creates a citation writer for Markdown.</summary>
    /// <param name="labels">Writes the publication dates.</param>
    /// <param name="text">The words.</param>
    public SourceCitation(DateLabelFormatter labels, RenderText text)
        : this(labels, text, CitationMarkup.Markdown)
    {
    }

    /// <summary>Creates a citation writer for an output format.</summary>
    /// <param name="labels">Writes the publication dates.</param>
    /// <param name="text">The words.</param>
    /// <param name="markup">How the format escapes text and writes links.</param>
    public SourceCitation(DateLabelFormatter labels, RenderText text, CitationMarkup markup)
    {
        this.labels = labels;
        this.text = text;
        this.markup = markup;
    }

    /// <summary>Appends to the current line what <see cref="Format"/> returns, without making strings for the common
    /// parts (publisher, author, link). Markdown only: for another markup it writes <see cref="Format"/>.</summary>
    /// <param name="writer">The document.</param>
    /// <param name="source">The source.</param>
    public void Write(LineWriter writer, Source source)
    {
        if (!ReferenceEquals(markup, CitationMarkup.Markdown))
        {
            writer.Write(Format(source));
            return;
        }

        writer.WriteEscaped(source.Publisher, EscapeMode.Block);
        if (!string.IsNullOrWhiteSpace(source.Author) && TextNormalizer.OneLine(source.Author) != TextNormalizer.OneLine(source.Publisher))
        {
            writer.Write(" (").WriteEscaped(source.Author, EscapeMode.Inline).Write(')');
        }

        if (source.Kind == SourceKind.Anonymous)
        {
            writer.Write(", ").WriteEscaped(text.CitingAnonymousSources, EscapeMode.Inline);
        }

        var safeUrl = LinkPolicy.IsSafe(source.Url) ? source.Url : null;
        var hasTitle = !string.IsNullOrWhiteSpace(source.Title);
        if (hasTitle || source.Published is not null)
        {
            // Titles and publication dates are rarer: written as Format writes them.
            var title = hasTitle ? MarkdownEscaper.EscapeInline(source.Title) : null;
            if (title is not null && safeUrl is not null)
            {
                title = "[" + title + "](" + LinkPolicy.Destination(safeUrl) + ")";
            }

            if (title is not null)
            {
                writer.Write(", ").Write(RenderText.Fill(text.Quotation, title));
            }

            if (source.Published is { } published)
            {
                writer.Write(", ").WriteEscaped(labels.Format(published), EscapeMode.Inline);
            }
        }

        if (source.Url is not null && (safeUrl is null || !hasTitle))
        {
            writer.Write(", ");
            if (safeUrl is null)
            {
                writer.WriteEscaped(source.Url, EscapeMode.Inline);
            }
            else
            {
                writer.Write('[').WriteEscaped(source.Url, EscapeMode.Inline).Write("](").WriteDestination(safeUrl).Write(')');
            }
        }

        if (!string.IsNullOrWhiteSpace(source.Quote))
        {
            writer.Write(": ").Write(RenderText.Fill(text.Quotation, MarkdownEscaper.EscapeInline(source.Quote)));
        }
    }

    /// <summary>Writes the text of a source's citation, on one line.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The text, starting with the escaped publisher.</returns>
    public string Format(Source source)
    {
        var builder = new StringBuilder(markup.Escape(source.Publisher, atStart: true));
        if (!string.IsNullOrWhiteSpace(source.Author) && TextNormalizer.OneLine(source.Author) != TextNormalizer.OneLine(source.Publisher))
        {
            builder.Append(" (").Append(markup.Escape(source.Author, atStart: false)).Append(')');
        }

        if (source.Kind == SourceKind.Anonymous)
        {
            builder.Append(", ").Append(markup.Escape(text.CitingAnonymousSources, atStart: false));
        }

        var safeUrl = markup.CanLink(source.Url) ? source.Url : null;
        if (!string.IsNullOrWhiteSpace(source.Title))
        {
            var title = markup.Escape(source.Title, atStart: false);
            if (safeUrl is not null)
            {
                title = markup.Link(title, safeUrl);
            }

            builder.Append(", ").Append(RenderText.Fill(text.Quotation, title));
        }

        if (source.Published is { } published)
        {
            builder.Append(", ").Append(markup.Escape(labels.Format(published), atStart: false));
        }

        if (source.Url is not null && (safeUrl is null || string.IsNullOrWhiteSpace(source.Title)))
        {
            var shown = markup.Escape(source.Url, atStart: false);
            builder.Append(", ").Append(safeUrl is null ? shown : markup.Link(shown, safeUrl));
        }

        if (!string.IsNullOrWhiteSpace(source.Quote))
        {
            builder.Append(": ").Append(RenderText.Fill(text.Quotation, markup.Escape(source.Quote, atStart: false)));
        }

        return builder.ToString();
    }
}
