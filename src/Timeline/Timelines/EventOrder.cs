using Annals.Dates;
using Annals.Model;
using Annals.Utility;

namespace Annals.Timelines;

/// <summary>The order of events in a timeline: by date, using <see cref="Annals.Dates.EdtfDate"/>'s total order, then
/// by id (ordinal), so that every timeline has exactly one order whatever the input order.</summary>
/// <remarks>Thread-safe.</remarks>
public sealed class EventOrder : IComparer<Event>
{
    private EventOrder()
    {
    }

    /// <summary>Gets the single instance.</summary>
    public static EventOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(Event? x, Event? y)
    {
        if (NullsFirst.TryCompare(x, y, out var settled))
        {
            return settled;
        }

        var byDate = EdtfDateComparer.Instance.Compare(x.Date, y.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(x.Id, y.Id);
    }
}
