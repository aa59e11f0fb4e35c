using System.Globalization;

namespace Annals.Timelines;

/// <summary>One problem found while building a timeline: what is wrong, with which event or actor, and in which
/// field.</summary>
/// <remarks>
/// <para><see cref="Code"/> is stable and documented in <c>docs/model.md</c>, so tools can match on it. Immutable and
/// thread-safe; compares by value.</para>
/// </remarks>
/// <param name="Code">A stable code such as <c>TL003</c>.</param>
/// <param name="Message">What is wrong and what would fix it.</param>
/// <param name="EventId">The event concerned, if any.</param>
/// <param name="ActorId">The actor concerned, if any.</param>
/// <param name="Field">The field concerned, as a path inside the event or actor, such as <c>participants[1].actor</c>.</param>
public sealed record TimelineProblem(string Code, string Message, string? EventId, string? ActorId, string Field)
{
    /// <summary>Returns the problem as one line, such as
    /// <c>TL003 event 'rubio-visit', participants[1].actor: unknown actor 'rubioo'</c>.</summary>
    /// <returns>The problem as text.</returns>
    public override string ToString()
    {
        var subject = EventId is not null
            ? $"event '{EventId}'"
            : ActorId is not null ? $"actor '{ActorId}'" : "timeline";
        return string.Create(CultureInfo.InvariantCulture, $"{Code} {subject}, {Field}: {Message}");
    }
}
