using System.Text;
using Annals.Model;

namespace Annals.Rendering;

/// <summary>
/// Writes a source as the Markdown text of its footnote: publisher, author or handle, "citing anonymous sources",
/// the title (linked when the URL is safe), the publication date, the link, and the quote:
/// <c>The White House, “[Readout of …](&lt;https://…&gt;)”, 27 January 2025: “Today, President …”</c>.
/// </summary>
/// <remarks>Every piece the user wrote is escaped with <see cref="MarkdownEscaper"/>. A URL becomes a link only when
/// <see cref="LinkPolicy.IsSafe"/> accepts it, and then in the pointy-bracket form; any other URL is printed as escaped
/// text. Immutable and thread-safe.</remarks>
internal sealed class SourceCitation
{
    private readonly DateLabelFormatter labels;
    private readonly RenderText text;

    /// <summary>Creates a citation writer.</summary>
    /// <param name="labels">Writes the publication dates.</param>
    /// <param name="text">The words.</param>
    public SourceCitation(DateLabelFormatter labels, RenderText text)
    {
        this.labels = labels;
        this.text = text;
    }

    /// <summary>Appends to the current line what <see cref="Format"/> returns, without making strings for the common
    /// parts (publisher, author, link).</summary>
    /// <param name="writer">The document.</param>
    /// <param name="source">The source.</param>
    public void Write(LineWriter writer, Source source)
    {
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

    /// <summary>Writes the Markdown text of a source's footnote, on one line.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The text, starting with the escaped publisher.</returns>
    public string Format(Source source)
    {
        var builder = new StringBuilder(MarkdownEscaper.Escape(source.Publisher));
        if (!string.IsNullOrWhiteSpace(source.Author) && TextNormalizer.OneLine(source.Author) != TextNormalizer.OneLine(source.Publisher))
        {
            builder.Append(" (").Append(MarkdownEscaper.EscapeInline(source.Author)).Append(')');
        }

        if (source.Kind == SourceKind.Anonymous)
        {
            builder.Append(", ").Append(MarkdownEscaper.EscapeInline(text.CitingAnonymousSources));
        }

        var safeUrl = LinkPolicy.IsSafe(source.Url) ? source.Url : null;
        if (!string.IsNullOrWhiteSpace(source.Title))
        {
            var title = MarkdownEscaper.EscapeInline(source.Title);
            if (safeUrl is not null)
            {
                title = "[" + title + "](" + LinkPolicy.Destination(safeUrl) + ")";
            }

            builder.Append(", ").Append(RenderText.Fill(text.Quotation, title));
        }

        if (source.Published is { } published)
        {
            builder.Append(", ").Append(MarkdownEscaper.EscapeInline(labels.Format(published)));
        }

        if (source.Url is not null && (safeUrl is null || string.IsNullOrWhiteSpace(source.Title)))
        {
            var shown = MarkdownEscaper.EscapeInline(source.Url);
            builder.Append(", ").Append(safeUrl is null ? shown : "[" + shown + "](" + LinkPolicy.Destination(safeUrl) + ")");
        }

        if (!string.IsNullOrWhiteSpace(source.Quote))
        {
            builder.Append(": ").Append(RenderText.Fill(text.Quotation, MarkdownEscaper.EscapeInline(source.Quote)));
        }

        return builder.ToString();
    }
}
