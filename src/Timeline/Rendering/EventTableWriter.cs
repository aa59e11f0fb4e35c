using Annals.Model;
using Annals.Utility;

namespace Annals.Rendering;

/// <summary>
/// Writes the events of a section as a GitHub Flavored Markdown table, one row per event:
/// <code>
/// | Date | Event | Participants | Status | Sources |
/// | --- | --- | --- | --- | --- |
/// | April 2025 | **Bukele visits Trump at the White House** — An official visit … | Salvadoran President … | planned, reported | [^5] |
/// </code>
/// The title is bold and the summary follows it after a dash; the participants and sources columns are left out when
/// the options leave them out. Every cell is escaped, so a pipe or a line break in the user's text never splits a cell
/// or a row.
/// </summary>
internal sealed class EventTableWriter : ISectionWriter
{
    private readonly LineWriter writer;
    private readonly MarkdownOptions options;
    private readonly EventPhrases phrases;
    private readonly FootnoteRegistry footnotes;

    /// <summary>Creates a table writer.</summary>
    /// <param name="writer">The document.</param>
    /// <param name="options">What to include.</param>
    /// <param name="phrases">The event's words.</param>
    /// <param name="footnotes">Numbers the sources.</param>
    public EventTableWriter(LineWriter writer, MarkdownOptions options, EventPhrases phrases, FootnoteRegistry footnotes)
    {
        this.writer = writer;
        this.options = options;
        this.phrases = phrases;
        this.footnotes = footnotes;
    }

    /// <inheritdoc />
    public void Write(IReadOnlyList<Event> events)
    {
        var text = phrases.Text;
        writer.BlankLine();
        var headers = new List<string> { text.ColumnDate, text.ColumnEvent };
        if (options.IncludeParticipants)
        {
            headers.Add(text.ColumnParticipants);
        }

        headers.Add(text.ColumnStatus);
        if (options.IncludeSources)
        {
            headers.Add(text.ColumnSources);
        }

        Row(headers.Select(MarkdownEscaper.EscapeCell));
        Row(headers.Select(_ => "---"));
        var cells = new List<string>(headers.Count);
        for (var index = 0; index < events.Count; index++)
        {
            ReadAhead.Events(events, index);
            var e = events[index];
            cells.Clear();
            cells.Add(MarkdownEscaper.EscapeCell(phrases.DateLabel(e)));
            var eventCell = "**" + MarkdownEscaper.EscapeInline(e.Title) + "**";
            if (options.IncludeSummaries && MarkdownEscaper.EscapeInline(e.Summary) is { Length: > 0 } summary)
            {
                eventCell += " — " + summary;
            }

            cells.Add(eventCell);
            if (options.IncludeParticipants)
            {
                cells.Add(MarkdownEscaper.EscapeCell(phrases.Participants(e)));
            }

            cells.Add(MarkdownEscaper.EscapeCell(phrases.StatusWords(e)));
            if (options.IncludeSources)
            {
                cells.Add(footnotes.References(e));
            }

            Row(cells);
        }

        writer.BlankLine();
    }

    private void Row(IEnumerable<string> cells)
    {
        writer.Write("|");
        foreach (var cell in cells)
        {
            writer.Write(cell.Length == 0 ? " |" : " " + cell + " |");
        }

        writer.EndLine();
    }
}
