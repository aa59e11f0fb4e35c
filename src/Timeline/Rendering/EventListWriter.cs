using Annals.Model;

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
        writer.BlankLine();
        var more = new List<string>(2);
        foreach (var e in events)
        {
            more.Clear();
            if (options.IncludeSummaries && MarkdownEscaper.Escape(e.Summary) is { Length: > 0 } summary)
            {
                more.Add(summary);
            }

            if (options.IncludeParticipants && phrases.Participants(e) is { Length: > 0 } participants)
            {
                more.Add(MarkdownEscaper.Escape(phrases.Text.Participants + ": " + participants));
            }

            writer.Write("- **").Write(MarkdownEscaper.EscapeInline(phrases.DateLabelWithStatus(e))).Write("**: ");
            writer.Write(MarkdownEscaper.EscapeInline(e.Title + phrases.CertaintySuffix(e)));
            if (options.IncludeSources)
            {
                writer.Write(footnotes.References(e));
            }

            for (var i = 0; i < more.Count; i++)
            {
                writer.Write('\\').EndLine();
                writer.Write("  ").Write(more[i]);
            }

            writer.EndLine();
        }

        writer.BlankLine();
    }
}
