namespace Annals.ICalendar;

/// <summary>What the export does with an event whose date has an open or unknown end, such as <c>2019-06-01/..</c>.</summary>
/// <remarks>An event with neither end known (<c>../..</c>) is always left out: there is no day to put it on.</remarks>
public enum OpenDatePolicy
{
    /// <summary>Leave the event out of the calendar. This is the default.</summary>
    Skip,

    /// <summary>Include the event as a single all-day entry on its one known day (the earliest possible day when the end
    /// is open, the latest when the start is), and say so in the description.</summary>
    UseKnownBound,
}
