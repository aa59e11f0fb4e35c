using System.Text;
using Annals.Model;
using Annals.Timelines;

namespace Annals.ICalendar;

/// <summary>Writes an event's DESCRIPTION: plain text in blocks separated by a blank line.</summary>
/// <remarks>
/// <para>The blocks, each left out when empty: the summary; the date (when it is not one exact day), the status (when
/// the event did not simply occur) and the certainty; the participants, by name and role; the sources.</para>
/// <para>The text is English and never depends on the current culture.</para>
/// </remarks>
internal static class EventDescription
{
    /// <summary>Writes the description.</summary>
    /// <param name="item">The event.</param>
    /// <param name="timeline">The timeline, for the participants' names.</param>
    /// <param name="placement">Where the event is placed, for the date line.</param>
    /// <returns>The description, with LF line breaks.</returns>
    public static string Write(Event item, Timeline timeline, EventPlacement placement)
    {
        var blocks = new List<string>(4);
        if (item.Summary is { } summary)
        {
            blocks.Add(summary);
        }

        var facts = new List<string>(3);
        if (placement.DateLine is { } dateLine)
        {
            facts.Add(dateLine);
        }

        if (StatusLine(item.Status) is { } statusLine)
        {
            facts.Add(statusLine);
        }

        facts.Add(CertaintyLine(item.Certainty));
        blocks.Add(string.Join('\n', facts));

        if (!item.Participants.IsEmpty)
        {
            var participants = new StringBuilder("Participants:");
            foreach (var participant in item.Participants)
            {
                participants.Append("\n- ").Append(ParticipantName(participant, item, timeline))
                    .Append(" (").Append(Vocabulary.Name(participant.Role)).Append(')');
            }

            blocks.Add(participants.ToString());
        }

        if (!item.Sources.IsEmpty)
        {
            var sources = new StringBuilder("Sources:");
            foreach (var source in item.Sources)
            {
                AppendSource(sources, source);
            }

            blocks.Add(sources.ToString());
        }

        return string.Join("\n\n", blocks);
    }

    /// <summary>The certainty, in words.</summary>
    /// <param name="certainty">The certainty.</param>
    /// <returns>For example "Reported, not confirmed.".</returns>
    public static string CertaintyLine(Certainty certainty) => certainty switch
    {
        Certainty.Confirmed => "Confirmed.",
        Certainty.Reported => "Reported, not confirmed.",
        Certainty.Alleged => "Alleged, not corroborated.",
        Certainty.Disputed => "Disputed: reported, and contested by a party to the event.",
        _ => throw new ArgumentOutOfRangeException(nameof(certainty), certainty, $"{certainty} is not a defined certainty."),
    };

    /// <summary>The status, in words, when the event did not simply occur.</summary>
    /// <param name="status">The status.</param>
    /// <returns>For example "Planned; it has not taken place yet.", or <see langword="null"/> for an event that occurred.</returns>
    public static string? StatusLine(EventStatus status) => status switch
    {
        EventStatus.Occurred => null,
        EventStatus.Planned => "Planned; it has not taken place yet.",
        EventStatus.Postponed => "Postponed to a later date.",
        EventStatus.Cancelled => "Cancelled; it did not take place.",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, $"{status} is not a defined event status."),
    };

    /// <summary>A source kind, in words.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>For example "social media".</returns>
    public static string SourceKindWords(SourceKind kind) => kind switch
    {
        SourceKind.Official => "official",
        SourceKind.News => "news",
        SourceKind.Social => "social media",
        SourceKind.Anonymous => "anonymous sources",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{kind} is not a defined source kind."),
    };

    private static string ParticipantName(Participant participant, Event item, Timeline timeline)
    {
        if (timeline.FindActor(participant.ActorId) is not { } actor)
        {
            return participant.ActorId;
        }

        return actor.OfficeOn(item.Date) is { } office ? office.Title + " " + actor.Name : actor.Name;
    }

    private static void AppendSource(StringBuilder builder, Source source)
    {
        builder.Append("\n- ").Append(source.Publisher);
        if (source.Author is { } author)
        {
            builder.Append(" (").Append(author).Append(')');
        }

        if (source.Kind is { } kind)
        {
            builder.Append(", ").Append(SourceKindWords(kind));
        }

        if (source.Published is { } published)
        {
            builder.Append(", ").Append(published.Describe());
        }

        if (source.Title is { } title)
        {
            builder.Append("\n  Title: ").Append(title);
        }

        if (source.Url is { } url)
        {
            builder.Append("\n  ").Append(url);
        }

        if (source.Quote is { } quote)
        {
            builder.Append("\n  Quote: \"").Append(quote).Append('"');
        }
    }
}
