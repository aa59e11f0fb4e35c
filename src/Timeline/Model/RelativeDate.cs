namespace Annals.Model;

/// <summary>
/// A date given relative to another event: "a few days after" the event <c>trump-inauguration</c>. Building a timeline
/// computes the event's <see cref="Event.Date"/> from the other event's date, again every time the timeline is built, so
/// a change to the anchor's date moves every event that depends on it.
/// </summary>
/// <remarks>
/// <para>The offset is an English or Spanish phrase that ends with "after" or "before" (or "después de" / "antes
/// de"), in the forms <see cref="Annals.Phrases.RelativeDates"/> understands: <c>3 days after</c>, <c>a few days
/// after</c>, <c>two weeks before</c>, <c>a couple of days after</c>. See <c>docs/relative-dates.md</c>.</para>
/// <para>Immutable and thread-safe; compares by value.</para>
/// </remarks>
public sealed record RelativeDate
{
    private readonly string eventId;
    private readonly string offset;

    /// <summary>Creates a relative date.</summary>
    /// <param name="offset">The offset phrase, such as <c>a few days after</c>.</param>
    /// <param name="eventId">The id of the event the date is relative to.</param>
    /// <exception cref="ArgumentException"><paramref name="offset"/> is blank, or <paramref name="eventId"/> is not a valid id.</exception>
    public RelativeDate(string offset, string eventId)
    {
        this.offset = FieldChecks.Required(offset, nameof(offset)).Trim();
        this.eventId = Slug.Check(eventId, nameof(eventId));
    }

    /// <summary>Gets the offset phrase, such as <c>a few days after</c>.</summary>
    public string Offset
    {
        get => offset;
        init => offset = FieldChecks.Required(value, nameof(Offset)).Trim();
    }

    /// <summary>Gets the id of the event the date is relative to.</summary>
    public string EventId
    {
        get => eventId;
        init => eventId = Slug.Check(value, nameof(EventId));
    }

    /// <summary>Returns the rule as written, such as <c>a few days after trump-inauguration</c>.</summary>
    /// <returns>The offset and the event id.</returns>
    public override string ToString() => $"{offset} {eventId}";
}
