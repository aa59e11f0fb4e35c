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
        // Each cell is escaped straight into the line: no strings per event.
        var buffer = new TextBuffer();
        for (var index = 0; index < events.Count; index++)
        {
            ReadAhead.Events(events, index);
            var e = events[index];
            writer.Write('|');
            var cell = BeginCell();
            writer.WriteEscaped(phrases.DateLabel(e), EscapeMode.Cell);
            EndCell(cell);

            cell = BeginCell();
            writer.Write("**").WriteEscaped(e.Title, EscapeMode.Inline).Write("**");
            if (options.IncludeSummaries)
            {
                // The dash only when the summary leaves some text once escaped.
                var dash = writer.Length;
                writer.Write(" — ");
                var summary = writer.Length;
                writer.WriteEscaped(e.Summary, EscapeMode.Inline);
                if (writer.Length == summary)
                {
                    writer.Truncate(dash);
                }
            }

            EndCell(cell);
            if (options.IncludeParticipants)
            {
                cell = BeginCell();
                phrases.AppendParticipants(buffer.Clear(), e);
                writer.WriteEscaped(buffer.Span, EscapeMode.Cell);
                EndCell(cell);
            }

            cell = BeginCell();
            writer.WriteEscaped(phrases.StatusWords(e), EscapeMode.Cell);
            EndCell(cell);
            if (options.IncludeSources)
            {
                cell = BeginCell();
                footnotes.WriteReferences(writer, e);
                EndCell(cell);
            }

            writer.EndLine();
        }

        writer.BlankLine();
    }

    /// <summary>Starts a cell: its leading space.</summary>
    /// <returns>Where the cell's text starts.</returns>
    private int BeginCell()
    {
        writer.Write(' ');
        return writer.Length;
    }

    /// <summary>Ends a cell: <c> |</c> after its text, and a single space for an empty cell, as <see cref="Row"/>
    /// writes it.</summary>
    /// <param name="start">What <see cref="BeginCell"/> returned.</param>
    private void EndCell(int start)
    {
        if (writer.Length == start)
        {
            writer.Truncate(start - 1);
        }

        writer.Write(" |");
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
