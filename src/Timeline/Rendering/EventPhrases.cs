using Annals.Model;
using Annals.Timelines;

namespace Annals.Rendering;

/// <summary>The plain-text pieces of an event that every renderer writes the same way: its date label, the status and
/// certainty words, and its participants with the office each held on the event's date.</summary>
/// <remarks>The pieces are plain text; the caller escapes them for its format. Labels are made once per distinct date
/// and actors are looked up in a map made on first use, so one instance serves one rendering: not thread-safe.</remarks>
internal sealed class EventPhrases
{
    private readonly Timeline timeline;
    private readonly DateLabelFormatter labels;
    private readonly Dictionary<Annals.Dates.EdtfDate, string> dateLabels = [];
    private Annals.Dates.EdtfDate? lastDate;
    private string lastLabel = string.Empty;
    private Dictionary<string, Actor>? actorsById;

    /// <summary>Creates the phrases for one timeline and culture.</summary>
    /// <param name="timeline">The timeline, to look the participants up.</param>
    /// <param name="format">The culture's date format and words.</param>
    public EventPhrases(Timeline timeline, DateTextFormat format)
    {
        this.timeline = timeline;
        labels = new DateLabelFormatter(format);
        Text = format.Text;
    }

    /// <summary>Gets the words of the culture.</summary>
    public RenderText Text { get; }

    /// <summary>Gets the date labeller.</summary>
    public DateLabelFormatter Labels => labels;

    /// <summary>Writes the date label: "c. late January 2025".</summary>
    /// <param name="e">The event.</param>
    /// <returns>The label.</returns>
    public string DateLabel(Event e)
    {
        // Events come in date order, so most share the date of the one before: that label is reused without hashing.
        var date = e.Date;
        if (date.Equals(lastDate))
        {
            return lastLabel;
        }

        if (!dateLabels.TryGetValue(date, out var label))
        {
            label = labels.Format(date);
            dateLabels.Add(date, label);
        }

        lastDate = date;
        lastLabel = label;
        return label;
    }

    /// <summary>Appends what <see cref="DateLabelWithStatus(Event)"/> returns, without making a string.</summary>
    /// <param name="buffer">Where to append.</param>
    /// <param name="e">The event.</param>
    public void AppendDateLabelWithStatus(TextBuffer buffer, Event e)
    {
        if (IsOverdue(e))
        {
            buffer.Append(DateLabelWithStatus(e));
        }
        else if (Text.StatusWord(e.Status) is { } status)
        {
            buffer.Append(DateLabel(e)).Append(" (").Append(status).Append(')');
        }
        else
        {
            buffer.Append(DateLabel(e));
        }
    }

    /// <summary>Appends the certainty suffix of <see cref="CertaintySuffix"/>.</summary>
    /// <param name="buffer">Where to append.</param>
    /// <param name="e">The event.</param>
    public void AppendCertaintySuffix(TextBuffer buffer, Event e)
    {
        if (Text.CertaintyWord(e.Certainty) is { } word)
        {
            buffer.Append(" (").Append(word).Append(')');
        }
    }

    /// <summary>Writes the date label followed by the status word, if any: "April 2025 (planned)".</summary>
    /// <param name="e">The event.</param>
    /// <returns>The label.</returns>
    /// <remarks>In a timeline made by <see cref="Timeline.AsOf"/>, a plan whose window has passed with no outcome
    /// recorded (<see cref="Timeline.IsOverdue"/>) reads "planned for April 2025; no outcome recorded".</remarks>
    public string DateLabelWithStatus(Event e) => DateLabelWithStatus(e, DateLabel(e), static words => words);

    /// <summary>Writes a date label, already marked up for an output format, with the status words around it, escaped
    /// for that format: <c>&lt;time datetime="2025-04"&gt;April 2025&lt;/time&gt; (planned)</c>.</summary>
    /// <param name="e">The event.</param>
    /// <param name="label">The date label in the output format.</param>
    /// <param name="escape">Escapes the renderer's words for the output format.</param>
    /// <returns>The label with its status, as <see cref="DateLabelWithStatus(Event)"/> words it.</returns>
    public string DateLabelWithStatus(Event e, string label, Func<string, string> escape)
    {
        if (IsOverdue(e))
        {
            return RenderText.Fill(escape(Text.PlannedFor), label) + "; " + escape(Text.NoOutcomeRecorded);
        }

        return Text.StatusWord(e.Status) is { } status ? label + " (" + escape(status) + ")" : label;
    }

    /// <summary>Writes the certainty word in parentheses, with a leading space: " (reported)"; empty when confirmed.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The suffix.</returns>
    public string CertaintySuffix(Event e) =>
        Text.CertaintyWord(e.Certainty) is { } word ? " (" + word + ")" : string.Empty;

    /// <summary>Writes the status and certainty words, comma-separated: "planned, reported"; empty when the event
    /// occurred and is confirmed.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The words.</returns>
    public string StatusWords(Event e)
    {
        var status = IsOverdue(e) ? Text.Planned + "; " + Text.NoOutcomeRecorded : Text.StatusWord(e.Status);
        var certainty = Text.CertaintyWord(e.Certainty);
        return status is not null && certainty is not null ? status + ", " + certainty : status ?? certainty ?? string.Empty;
    }

    /// <summary>Tells whether the event is a plan whose window had passed on the timeline's as-of day.</summary>
    /// <param name="e">The event.</param>
    /// <returns><see langword="true"/> for an overdue plan in an as-of timeline.</returns>
    public bool IsOverdue(Event e) => timeline.AsOfDate is { } day && Timeline.IsOverdue(e, day);

    /// <summary>Writes the participants: "U.S. Secretary of State Marco Rubio (visitor), Salvadoran President Nayib
    /// Bukele (host)".</summary>
    /// <param name="e">The event.</param>
    /// <returns>The participants, or an empty string when there are none.</returns>
    /// <remarks>Each actor is named with the office it certainly held throughout the event's date
    /// (<see cref="Actor.OfficeOn"/>), and an actor the timeline does not know by its id. Roles are written only where
    /// they tell participants apart: when the event has at least two different roles, every role other than
    /// <see cref="ParticipantRole.Participant"/> is given.</remarks>
    public string Participants(Event e)
    {
        if (e.Participants.IsEmpty)
        {
            return string.Empty;
        }

        var buffer = new TextBuffer();
        AppendParticipants(buffer, e);
        return buffer.ToString();
    }

    /// <summary>Appends what <see cref="Participants"/> returns, without making a string.</summary>
    /// <param name="buffer">Where to append.</param>
    /// <param name="e">The event.</param>
    public void AppendParticipants(TextBuffer buffer, Event e)
    {
        var participants = e.Participants;
        var showRoles = ShowRoles(e);
        for (var i = 0; i < participants.Length; i++)
        {
            if (i > 0)
            {
                buffer.Append(", ");
            }

            AppendParticipant(buffer, e, participants[i], showRoles);
        }
    }

    /// <summary>Writes each participant as <see cref="Participants"/> does: "U.S. Secretary of State Marco Rubio
    /// (visitor)".</summary>
    /// <param name="e">The event.</param>
    /// <returns>One phrase per participant, in the event's order; empty when there are none.</returns>
    public IReadOnlyList<string> ParticipantList(Event e)
    {
        if (e.Participants.IsEmpty)
        {
            return [];
        }

        var showRoles = ShowRoles(e);
        var parts = new List<string>(e.Participants.Length);
        var buffer = new TextBuffer();
        foreach (var participant in e.Participants)
        {
            buffer.Clear();
            AppendParticipant(buffer, e, participant, showRoles);
            parts.Add(buffer.ToString());
        }

        return parts;
    }

    /// <summary>Gets the name an actor is known by in the timeline: its name, or its id when the timeline does not
    /// know it.</summary>
    /// <param name="actorId">The actor's id.</param>
    /// <returns>The name, plain.</returns>
    public string ActorName(string actorId) => FindActor(actorId)?.Name ?? actorId;

    private static bool ShowRoles(Event e)
    {
        var participants = e.Participants;
        for (var i = 1; i < participants.Length; i++)
        {
            if (participants[i].Role != participants[0].Role)
            {
                return true;
            }
        }

        return false;
    }

    private void AppendParticipant(TextBuffer buffer, Event e, Participant participant, bool showRoles)
    {
        var actor = FindActor(participant.ActorId);
        if (actor?.OfficeOn(e.Date) is { } office)
        {
            buffer.Append(office.Title).Append(' ');
        }

        buffer.Append(actor?.Name ?? participant.ActorId);
        if (showRoles && participant.Role != ParticipantRole.Participant)
        {
            buffer.Append(" (").Append(Text.Role(participant.Role)).Append(')');
        }
    }

    private Actor? FindActor(string actorId)
    {
        actorsById ??= timeline.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        return actorsById.TryGetValue(actorId, out var actor) ? actor : null;
    }
}
