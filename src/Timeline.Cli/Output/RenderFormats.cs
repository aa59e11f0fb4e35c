using System.Globalization;
using Annals.ICalendar;
using Annals.Rendering;
using Annals.Serialization;
using Annals.Timelines;

namespace Annals.Cli.Output;

/// <summary>The output formats of <c>timeline render</c>, each mapped onto one library call.</summary>
internal static class RenderFormats
{
    /// <summary>The format names, as typed after <c>--format</c>.</summary>
    public static readonly string[] Names = ["markdown", "mermaid", "json", "timelinejs", "ics", "html"];

    /// <summary>The settings that shape Markdown and Mermaid output.</summary>
    /// <param name="Grouping">Year, month or none.</param>
    /// <param name="Order">Ascending or descending.</param>
    /// <param name="Style">List or table.</param>
    /// <param name="Culture">The culture for month names and words, or <see langword="null"/> for invariant English.</param>
    /// <param name="TableOfContents">Whether to add a table of contents.</param>
    /// <param name="Mermaid">Whether to add a Mermaid diagram at the top.</param>
    /// <param name="TimelineJsGrouping">How TimelineJS groups slides: none, by kind, or by actor.</param>
    public sealed record Settings(
        TimelineGrouping Grouping,
        ChronologyOrder Order,
        MarkdownStyle Style,
        CultureInfo? Culture,
        bool TableOfContents,
        bool Mermaid,
        TimelineJsGrouping TimelineJsGrouping);

    /// <summary>Writes the selection in a format.</summary>
    /// <param name="format">One of <see cref="Names"/>.</param>
    /// <param name="document">The loaded document, for the JSON format's extension data.</param>
    /// <param name="selection">The events to write: the whole timeline, or a query's or as-of view's result.</param>
    /// <param name="isWhole">Whether <paramref name="selection"/> is the whole document, unfiltered.</param>
    /// <param name="settings">The Markdown and Mermaid settings.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(string format, ChronologyDocument document, Timeline selection, bool isWhole, Settings settings, TextWriter writer)
    {
        switch (format)
        {
            case "markdown":
                ChronologyMarkdown.Write(selection, writer, new MarkdownOptions
                {
                    Grouping = settings.Grouping,
                    Order = settings.Order,
                    Style = settings.Style,
                    Culture = settings.Culture,
                    IncludeTableOfContents = settings.TableOfContents,
                    IncludeMermaid = settings.Mermaid,
                });
                break;
            case "mermaid":
                ChronologyMermaid.Write(selection, writer, new MermaidOptions
                {
                    Grouping = settings.Grouping,
                    Order = settings.Order,
                    Culture = settings.Culture,
                });
                break;
            case "json":
                if (isWhole)
                {
                    ChronologyJson.Save(document, writer);
                }
                else
                {
                    ChronologyJson.Save(selection, writer, SaveOptions.Excerpt);
                }

                break;
            case "timelinejs":
                ChronologyTimelineJs.Write(selection, writer, new TimelineJsOptions
                {
                    Culture = settings.Culture,
                    Grouping = settings.TimelineJsGrouping,
                });
                break;
            case "html":
                ChronologyHtml.Write(selection, writer, new HtmlOptions
                {
                    Grouping = settings.Grouping,
                    Order = settings.Order,
                    Culture = settings.Culture,
                });
                break;
            case "ics":
                ChronologyCalendar.Write(selection, writer is LineFeedWriter lineFeed ? lineFeed.Raw : writer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format.");
        }
    }
}
