using Annals.Model;
using Annals.Utility;

namespace Annals.Rendering;

/// <summary>
/// Writes the events of a section as a Markdown list, one item per event:
/// <code>
/// - **c. late January 2025**: Trump and Bukele speak by phone[^2]\
///   A few days after Trump took office, …\
///   Participants: U.S. President Donald Trump (caller), Salvadoran President Nayib Bukele (callee)
/// </code>
/// The date (with the status: "April 2025 (planned)") is bold; the certainty follows the title ("(reported)"); the
/// summary and the participants follow on lines of the same item, joined by backslash line breaks.
/// </summary>
internal sealed class EventListWriter : ISectionWriter
{
    private readonly LineWriter writer;
    private readonly MarkdownOptions options;
    private readonly EventPhrases phrases;
    private readonly FootnoteRegistry footnotes;
    private readonly TextBuffer escapedLabel = new();
    private string? labelOf;
    private EventStatus statusOf;
    private bool overdueOf;
    private char[]? scratch;

    /// <summary>Creates a list writer.</summary>
    /// <param name="writer">The document.</param>
    /// <param name="options">What to include.</param>
    /// <param name="phrases">The event's words.</param>
    /// <param name="footnotes">Numbers the sources.</param>
    public EventListWriter(LineWriter writer, MarkdownOptions options, EventPhrases phrases, FootnoteRegistry footnotes)
    {
        this.writer = writer;
        this.options = options;
        this.phrases = phrases;
        this.footnotes = footnotes;
    }

    /// <inheritdoc />
    public void Write(IReadOnlyList<Event> events)
    {
        // Each piece is put together in a reusable buffer and escaped straight into the line: no strings per event.
        writer.BlankLine();
        var text = new TextBuffer();
        for (var index = 0; index < events.Count; index++)
        {
            ReadAhead.Events(events, index);
            var e = events[index];
            // The first line ends with a backslash when a summary or participants follow; escaping keeps any text that is
            // not white space, and names are never blank, so whether they follow is known before they are written.
            var hasSummary = options.IncludeSummaries && !string.IsNullOrWhiteSpace(e.Summary);
            var hasParticipants = options.IncludeParticipants && !e.Participants.IsEmpty;

            writer.Write("- **").Write(EscapedDateLabel(e, text)).Write("**: ");
            if (phrases.Text.CertaintyWord(e.Certainty) is null)
            {
                writer.WriteEscaped(e.Title, EscapeMode.Inline);
            }
            else
            {
                text.Clear().Append(e.Title);
                phrases.AppendCertaintySuffix(text, e);
                writer.WriteEscaped(text.Span, EscapeMode.Inline);
            }

            if (options.IncludeSources)
            {
                footnotes.WriteReferences(writer, e);
            }

            if (hasSummary)
            {
                writer.Write('\\').EndLine();
                writer.Write("  ").WriteEscaped(e.Summary, EscapeMode.Block);
            }

            if (hasParticipants)
            {
                writer.Write('\\').EndLine();
                text.Clear().Append(phrases.Text.Participants).Append(": ");
                phrases.AppendParticipants(text, e);
                writer.Write("  ").WriteEscaped(text.Span, EscapeMode.Block);
            }

            writer.EndLine();
        }

        writer.BlankLine();
    }

    /// <summary>Gets the escaped date label with its status words. Events come in date order, and most share the
    /// label of the one before (<see cref="EventPhrases.DateLabel"/> returns the same string for equal dates): then the
    /// label escaped for that event is used again.</summary>
    private ReadOnlySpan<char> EscapedDateLabel(Event e, TextBuffer text)
    {
        var label = phrases.DateLabel(e);
        var overdue = phrases.IsOverdue(e);
        if (!ReferenceEquals(label, labelOf) || e.Status != statusOf || overdue != overdueOf)
        {
            phrases.AppendDateLabelWithStatus(text.Clear(), e);
            MarkdownEscaper.Append(escapedLabel.Clear(), text.Span, EscapeMode.Inline, ref scratch);
            (labelOf, statusOf, overdueOf) = (label, e.Status, overdue);
        }

        return escapedLabel.Span;
    }
}
