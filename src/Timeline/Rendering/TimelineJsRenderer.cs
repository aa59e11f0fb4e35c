using System.Text;
using System.Text.Json;
using Annals.Model;
using Annals.Timelines;
using NodaTime;

namespace Annals.Rendering;

/// <summary>
/// Writes a timeline as a TimelineJS3 JSON document: a <c>title</c> slide, one slide per event that has a known day,
/// and optionally one era per year. See <see cref="ChronologyTimelineJs"/> for the mapping.
/// </summary>
/// <remarks>
/// <para>TimelineJS inserts a slide's <c>headline</c> and <c>text</c> as HTML (after sanitizing them), so every piece
/// of user text in them is escaped with <see cref="HtmlEscaper"/>, and the only tags are the renderer's own
/// (<c>p</c>, <c>ul</c>, <c>li</c>, and <c>a</c> for <c>http</c> and <c>https</c> source links). TimelineJS reads
/// <c>display_date</c> and <c>group</c> as plain text: it strips their markup, which decodes entities once, and then
/// inserts the result as HTML; so they are escaped twice, and a name such as <c>A &amp; B</c> is written
/// <c>A &amp;amp;amp; B</c> and shown as written.</para>
/// <para>Not thread-safe; use one renderer per document.</para>
/// </remarks>
internal sealed class TimelineJsRenderer
{
    /// <summary>The <c>unique_id</c> of the title slide. It cannot collide with an event's id, because ids never start
    /// with an underscore.</summary>
    public const string TitleId = "_title";

    private readonly TimelineJsOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">What to write.</param>
    public TimelineJsRenderer(TimelineJsOptions options)
    {
        this.options = options;
    }

    /// <summary>Tells whether an event can be placed on a TimelineJS timeline, which needs a start year: it must have a
    /// known day, at least one bound, and not only unspecified digits (<c>XXXX</c>).</summary>
    /// <param name="e">The event.</param>
    /// <returns><see langword="true"/> when the event gets a slide.</returns>
    public static bool HasSlide(Event e) => !e.Date.IsUndated;

    /// <summary>Writes the document.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="json">Where to write.</param>
    /// <param name="afterSlide">Called after each slide, to let the caller flush.</param>
    public void Render(Timeline timeline, Utf8JsonWriter json, Action afterSlide)
    {
        var format = DateTextFormat.For(options.Culture);
        var phrases = new EventPhrases(timeline, format);
        var citation = new SourceCitation(phrases.Labels, phrases.Text, CitationMarkup.HtmlWebLinks);

        json.WriteStartObject();
        if (options.IncludeTitle)
        {
            WriteTitle(timeline, json, phrases.Text);
        }

        json.WritePropertyName("events");
        json.WriteStartArray();
        foreach (var e in timeline.Events)
        {
            if (HasSlide(e))
            {
                WriteSlide(e, json, phrases, citation);
                afterSlide();
            }
        }

        json.WriteEndArray();
        if (options.IncludeEras)
        {
            WriteEras(timeline, json, phrases);
        }

        json.WriteEndObject();
    }

    private void WriteTitle(Timeline timeline, Utf8JsonWriter json, RenderText text)
    {
        var title = TextNormalizer.OneLine(string.IsNullOrWhiteSpace(options.Title) ? timeline.Title : options.Title);
        var introduction = options.Introduction ?? timeline.Description;
        json.WritePropertyName("title");
        json.WriteStartObject();
        json.WritePropertyName("text");
        json.WriteStartObject();
        json.WriteString("headline", HtmlEscaper.Escape(title.Length == 0 ? text.Chronology : title));
        json.WriteString("text", string.IsNullOrWhiteSpace(introduction) ? string.Empty : Paragraph(HtmlEscaper.Escape(introduction)));
        json.WriteEndObject();
        json.WriteString("unique_id", TitleId);
        json.WriteBoolean("autolink", false);
        json.WriteEndObject();
    }

    private void WriteSlide(Event e, Utf8JsonWriter json, EventPhrases phrases, SourceCitation citation)
    {
        var (start, end) = (e.Date.Earliest ?? e.Date.Latest!.Value, e.Date.Latest ?? e.Date.Earliest!.Value);
        var time = e.Date is Dates.EdtfSingleDate { TimeOfDay: { } t } ? t : (LocalTime?)null;
        json.WriteStartObject();
        WriteDate(json, "start_date", start, time);
        if (end != start)
        {
            WriteDate(json, "end_date", end, null);
        }

        json.WriteString("display_date", PlainText(phrases.DateLabelWithStatus(e)));
        json.WritePropertyName("text");
        json.WriteStartObject();
        json.WriteString("headline", HtmlEscaper.Escape(e.Title + phrases.CertaintySuffix(e)));
        json.WriteString("text", SlideText(e, phrases, citation));
        json.WriteEndObject();
        if (Group(e, phrases) is { Length: > 0 } group)
        {
            json.WriteString("group", PlainText(group));
        }

        json.WriteString("unique_id", e.Id);
        json.WriteBoolean("autolink", false);
        json.WriteEndObject();
    }

    private string SlideText(Event e, EventPhrases phrases, SourceCitation citation)
    {
        var html = new StringBuilder();
        if (options.IncludeSummaries && !string.IsNullOrWhiteSpace(e.Summary))
        {
            html.Append(Paragraph(HtmlEscaper.Escape(e.Summary)));
        }

        if (options.IncludeParticipants && phrases.Participants(e) is { Length: > 0 } participants)
        {
            html.Append(Paragraph(HtmlEscaper.Escape(phrases.Text.Participants + ": " + participants)));
        }

        if (options.IncludeSources && !e.Sources.IsEmpty)
        {
            html.Append(Paragraph(HtmlEscaper.Escape(phrases.Text.Sources) + ":")).Append("<ul>");
            foreach (var source in FootnoteRegistry.Distinct(e))
            {
                html.Append("<li>").Append(citation.Format(source)).Append("</li>");
            }

            html.Append("</ul>");
        }

        return html.ToString();
    }

    private string? Group(Event e, EventPhrases phrases)
    {
        switch (options.Grouping)
        {
            case TimelineJsGrouping.Kind:
                return e.Kind?.Name;
            case TimelineJsGrouping.Actor when options.GroupActors.IsEmpty:
                return e.Participants.IsEmpty ? null : phrases.ActorName(e.Participants[0].ActorId);
            case TimelineJsGrouping.Actor:
                foreach (var actorId in options.GroupActors)
                {
                    if (e.Involves(actorId))
                    {
                        return phrases.ActorName(actorId);
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static void WriteEras(Timeline timeline, Utf8JsonWriter json, EventPhrases phrases)
    {
        json.WritePropertyName("eras");
        json.WriteStartArray();
        var years = ChronologySection.Of(timeline, TimelineGrouping.Year, ChronologyOrder.Ascending, phrases.Labels, phrases.Text);
        foreach (var section in years)
        {
            if (section.Period?.Earliest is not { } first || section.Heading is null)
            {
                continue;
            }

            json.WriteStartObject();
            WriteDate(json, "start_date", new LocalDate(first.Year, 1, 1), null);
            WriteDate(json, "end_date", new LocalDate(first.Year, 12, 31), null);
            json.WritePropertyName("text");
            json.WriteStartObject();
            json.WriteString("headline", HtmlEscaper.Escape(section.Heading));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes a TimelineJS date object: the ISO year (so 44 BCE is -43, as JavaScript counts), the month
    /// (1 to 12) and the day as numbers, and the time of day when the date has one.</summary>
    private static void WriteDate(Utf8JsonWriter json, string name, LocalDate day, LocalTime? time)
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        json.WriteNumber("year", day.Year);
        json.WriteNumber("month", day.Month);
        json.WriteNumber("day", day.Day);
        if (time is { } t)
        {
            json.WriteNumber("hour", t.Hour);
            json.WriteNumber("minute", t.Minute);
            if (t.Second != 0 || t.Millisecond != 0)
            {
                json.WriteNumber("second", t.Second);
            }

            if (t.Millisecond != 0)
            {
                json.WriteNumber("millisecond", t.Millisecond);
            }
        }

        json.WriteEndObject();
    }

    private static string Paragraph(string html) => "<p>" + html + "</p>";

    /// <summary>Escapes text for a field that TimelineJS strips of markup (decoding entities once) and then inserts as
    /// HTML: escaped twice, so that what is finally shown is the text as written.</summary>
    private static string PlainText(string text) => HtmlEscaper.EscapeVerbatim(HtmlEscaper.Escape(text));
}
