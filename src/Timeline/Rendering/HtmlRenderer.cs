using System.Globalization;
using System.Text;
using Annals.Model;
using Annals.Timelines;

namespace Annals.Rendering;

/// <summary>
/// Writes a whole HTML page: the head with its inline stylesheet, the title and introduction, a section per group with
/// an ordered list of events, and the numbered list of sources at the end.
/// </summary>
/// <remarks>
/// <para>Every event is an <c>&lt;li id="event-ID"&gt;</c>: a line with the date label and status, an
/// <c>&lt;h3&gt;</c> with the title, the certainty word and the references to its sources, then the summary and the
/// participants. A reference is <c>&lt;a href="#source-N" id="cite-N-K"&gt;N&lt;/a&gt;</c> (the K-th reference to
/// source N); source N is <c>&lt;li id="source-N"&gt;</c> and links back to each of its references.</para>
/// <para>Streams to its <see cref="LineWriter"/>. Not thread-safe; use one renderer per page.</para>
/// </remarks>
internal sealed class HtmlRenderer
{
    /// <summary>The policy of the page: its own inline styles and nothing else — no script, image, font, frame,
    /// stylesheet or form target from anywhere.</summary>
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private readonly LineWriter writer;
    private readonly HtmlOptions options;
    private readonly FootnoteRegistry footnotes = new();

    /// <summary>Creates a renderer.</summary>
    /// <param name="writer">Where the page goes.</param>
    /// <param name="options">What to write.</param>
    public HtmlRenderer(LineWriter writer, HtmlOptions options)
    {
        this.writer = writer;
        this.options = options;
    }

    /// <summary>Gets the value of the <c>lang</c> attribute for a culture: its name (without a sort-order suffix such
    /// as <c>_phoneb</c>), or <c>en</c> for no culture or the invariant culture, whose words are English.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>A language tag, such as <c>es-SV</c>.</returns>
    public static string Language(CultureInfo? culture)
    {
        var name = culture?.Name ?? string.Empty;
        var sort = name.IndexOf('_', StringComparison.Ordinal);
        name = sort >= 0 ? name[..sort] : name;
        return name.Length == 0 ? "en" : name;
    }

    /// <summary>Gets the value of the <c>dir</c> attribute for a culture: <c>rtl</c> when its text runs from right
    /// to left (<see cref="TextInfo.IsRightToLeft"/>), otherwise <c>ltr</c>.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns><c>rtl</c> or <c>ltr</c>.</returns>
    public static string Direction(CultureInfo? culture) =>
        culture is not null && culture.TextInfo.IsRightToLeft ? "rtl" : "ltr";

    /// <summary>Writes the page.</summary>
    /// <param name="timeline">The timeline.</param>
    public void Render(Timeline timeline)
    {
        var format = DateTextFormat.For(options.Culture);
        var phrases = new EventPhrases(timeline, format);
        var text = phrases.Text;
        var title = TextNormalizer.OneLine(string.IsNullOrWhiteSpace(options.Title) ? timeline.Title : options.Title);
        title = HtmlEscaper.Escape(title.Length == 0 ? text.Chronology : title);
        var language = HtmlEscaper.EscapeVerbatim(Language(options.Culture));

        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine($"<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{language}\" xml:lang=\"{language}\" dir=\"{Direction(options.Culture)}\">");
        writer.WriteLine("<head>");
        writer.WriteLine("<meta charset=\"utf-8\" />");
        writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />");
        writer.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"" + ContentSecurityPolicy + "\" />");
        writer.WriteLine("<title>" + title + "</title>");
        writer.WriteLine("<style>");
        foreach (var line in HtmlStyle.Lines)
        {
            writer.WriteLine(line);
        }

        writer.WriteLine("</style>");
        writer.WriteLine("</head>");
        writer.WriteLine("<body>");
        writer.WriteLine("<header>");
        writer.WriteLine("<h1>" + title + "</h1>");
        var introduction = options.Introduction ?? timeline.Description;
        if (!string.IsNullOrWhiteSpace(introduction))
        {
            writer.WriteLine("<p class=\"introduction\">" + HtmlEscaper.Escape(introduction) + "</p>");
        }

        writer.WriteLine("</header>");
        writer.WriteLine("<main>");
        var sections = ChronologySection.Of(timeline, options.Grouping, options.Order, phrases.Labels, text);
        if (sections.Count == 0)
        {
            writer.WriteLine("<p class=\"no-events\">" + HtmlEscaper.Escape(text.NoEvents) + "</p>");
        }

        foreach (var section in sections)
        {
            if (section.Heading is null)
            {
                Events(section.Events, phrases, string.Empty);
                continue;
            }

            writer.WriteLine("<section>");
            writer.WriteLine("  <h2>" + HtmlEscaper.Escape(section.Heading) + "</h2>");
            Events(section.Events, phrases, "  ");
            writer.WriteLine("</section>");
        }

        if (footnotes.Count > 0)
        {
            Sources(new SourceCitation(phrases.Labels, text, CitationMarkup.Html), text);
        }

        writer.WriteLine("</main>");
        writer.WriteLine("</body>");
        writer.WriteLine("</html>");
        writer.Finish();
    }

    private void Events(IReadOnlyList<Event> events, EventPhrases phrases, string indent)
    {
        writer.WriteLine(indent + "<ol class=\"events\">");
        var inner = indent + "    ";
        foreach (var e in events)
        {
            writer.WriteLine(indent + "  <li id=\"event-" + HtmlEscaper.EscapeVerbatim(e.Id) + "\">");
            writer.WriteLine(inner + "<p class=\"date\">" + phrases.DateLabelWithStatus(e, DateMarkup(e, phrases), HtmlEscaper.EscapeVerbatim) + "</p>");
            var heading = new StringBuilder("<h3>")
                .Append(HtmlEscaper.Escape(e.Title))
                .Append(HtmlEscaper.EscapeVerbatim(phrases.CertaintySuffix(e)));
            if (options.IncludeSources && !e.Sources.IsEmpty)
            {
                heading.Append("<sup class=\"references\">");
                var first = true;
                foreach (var source in FootnoteRegistry.Distinct(e))
                {
                    var (number, occurrence) = footnotes.Cite(source);
                    var n = number.ToString(CultureInfo.InvariantCulture);
                    heading.Append(first ? string.Empty : ", ")
                        .Append("<a href=\"#source-").Append(n)
                        .Append("\" id=\"cite-").Append(n).Append('-').Append(occurrence.ToString(CultureInfo.InvariantCulture))
                        .Append("\">").Append(n).Append("</a>");
                    first = false;
                }

                heading.Append("</sup>");
            }

            writer.WriteLine(inner + heading.Append("</h3>").ToString());
            if (options.IncludeSummaries && !string.IsNullOrWhiteSpace(e.Summary))
            {
                writer.WriteLine(inner + "<p class=\"summary\">" + HtmlEscaper.Escape(e.Summary) + "</p>");
            }

            if (options.IncludeParticipants && phrases.Participants(e) is { Length: > 0 } participants)
            {
                writer.WriteLine(inner + "<p class=\"participants\">" + HtmlEscaper.Escape(phrases.Text.Participants + ": " + participants) + "</p>");
            }

            writer.WriteLine(indent + "  </li>");
        }

        writer.WriteLine(indent + "</ol>");
    }

    /// <summary>Writes the date label: in a <c>&lt;time&gt;</c> element when the date can be given exactly, as text
    /// otherwise (see <see cref="MachineReadableDate"/>).</summary>
    private static string DateMarkup(Event e, EventPhrases phrases)
    {
        var label = HtmlEscaper.Escape(phrases.DateLabel(e));
        return MachineReadableDate.Of(e.Date) is { } datetime
            ? "<time datetime=\"" + datetime + "\">" + label + "</time>"
            : label;
    }

    private void Sources(SourceCitation citation, RenderText text)
    {
        var back = HtmlEscaper.Escape(text.BackToText);
        writer.WriteLine("<section class=\"sources\">");
        writer.WriteLine("  <h2>" + HtmlEscaper.Escape(text.Sources) + "</h2>");
        writer.WriteLine("  <ol>");
        for (var number = 1; number <= footnotes.Count; number++)
        {
            var n = number.ToString(CultureInfo.InvariantCulture);
            var item = new StringBuilder("    <li id=\"source-").Append(n).Append("\">")
                .Append(citation.Format(footnotes.Sources[number - 1]))
                .Append(" <span class=\"backlinks\">");
            for (var occurrence = 1; occurrence <= footnotes.ReferenceCount(number); occurrence++)
            {
                item.Append(occurrence == 1 ? string.Empty : " ")
                    .Append("<a href=\"#cite-").Append(n).Append('-').Append(occurrence.ToString(CultureInfo.InvariantCulture))
                    .Append("\" title=\"").Append(back).Append("\" aria-label=\"").Append(back).Append("\">↑</a>");
            }

            writer.WriteLine(item.Append("</span></li>").ToString());
        }

        writer.WriteLine("  </ol>");
        writer.WriteLine("</section>");
    }
}
