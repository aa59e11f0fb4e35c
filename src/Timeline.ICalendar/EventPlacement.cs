using Annals.Dates;
using NodaTime;

namespace Annals.ICalendar;

/// <summary>Where an event's date puts it in a calendar: an all-day span from its first to its last possible day, or a
/// start time; and the sentence that explains the date when the entry alone would mislead.</summary>
/// <param name="FirstDay">The first day of an all-day span (DTSTART), or the day of the start time.</param>
/// <param name="LastDay">The last day of an all-day span, inclusive (DTEND is the day after); for a start time, the
/// same as <paramref name="FirstDay"/>.</param>
/// <param name="DateLine">The "Date: …" line for the description, or <see langword="null"/> for an exact day or time.</param>
/// <param name="Time">The start time of a timed entry, or <see langword="null"/> for an all-day entry.</param>
internal sealed record EventPlacement(LocalDate FirstDay, LocalDate LastDay, string? DateLine, EventTime? Time = null)
{
    /// <summary>The last day that can end an all-day span: DTEND, the day after, must still have a four-digit year.</summary>
    private static readonly LocalDate LastWritableDay = new(9999, 12, 30);

    /// <summary>Places a date in the calendar.</summary>
    /// <param name="date">The event's date.</param>
    /// <param name="eventZone">The event's time zone, for date-times.</param>
    /// <param name="openDates">What to do when one end is open or unknown.</param>
    /// <returns>The placement, or <see langword="null"/> when the event is left out: no end is known, one end is
    /// unknown and <paramref name="openDates"/> is <see cref="OpenDatePolicy.Skip"/>, or the date falls outside the
    /// years 1 to 9999 that iCalendar can write.</returns>
    public static EventPlacement? Place(EdtfDate date, DateTimeZone? eventZone, OpenDatePolicy openDates)
    {
        if (date is EdtfSingleDate { TimeOfDay: { } timeOfDay, Earliest: { } day } single)
        {
            return PlaceTime(single, day + timeOfDay, eventZone);
        }

        var earliest = date.Earliest;
        var latest = date.Latest;
        if (earliest is null && latest is null)
        {
            return null;
        }

        string? note;
        LocalDate first;
        LocalDate last;
        if (earliest is { } start && latest is { } end)
        {
            first = start;
            last = end;
            note = SpanNote(date, first, last);
        }
        else if (openDates == OpenDatePolicy.Skip)
        {
            return null;
        }
        else if (earliest is { } knownStart)
        {
            first = last = knownStart;
            note = "the end is open or unknown, so this entry shows only the first possible day";
        }
        else
        {
            first = last = latest!.Value;
            note = "the start is open or unknown, so this entry shows only the last possible day";
        }

        if (first.Year < 1 || last > LastWritableDay || last < first)
        {
            return null;
        }

        var dateLine = IsExactDay(date, first, last) ? null : DescribeDate(date, note);
        return new EventPlacement(first, last, dateLine);
    }

    /// <summary>Places a date-time: in its own zone; else, with an offset, in the event's zone or in UTC; else, as a
    /// local time, in the event's zone or floating.</summary>
    private static EventPlacement? PlaceTime(EdtfSingleDate date, LocalDateTime written, DateTimeZone? eventZone)
    {
        EventTime time;
        if (date.Zone is { } ownZone)
        {
            time = new EventTime(written, ownZone, IsUtc: false);
        }
        else if (date.Offset is { } offset)
        {
            var instant = written.WithOffset(offset).ToInstant();
            time = eventZone is null
                ? new EventTime(instant.InUtc().LocalDateTime, null, IsUtc: true)
                : new EventTime(instant.InZone(eventZone).LocalDateTime, eventZone, IsUtc: false);
        }
        else
        {
            time = new EventTime(written, eventZone, IsUtc: false);
        }

        var day = time.Local.Date;
        if (day.Year is < 1 or > 9999)
        {
            return null;
        }

        return new EventPlacement(day, day, null, time);
    }

    /// <summary>Tells whether a date is one known day, with nothing to explain.</summary>
    private static bool IsExactDay(EdtfDate date, LocalDate first, LocalDate last) =>
        date.Kind == EdtfDateKind.Date
        && first == last
        && date.Precision >= DatePrecision.Day
        && !date.IsApproximate
        && !date.IsUncertain
        && !date.HasUnspecifiedDigits;

    private static string DescribeDate(EdtfDate date, string? note) =>
        $"Date: {date.Describe()} (EDTF {date}){(note is null ? string.Empty : "; " + note)}.";

    /// <summary>What a closed span stands for, when that is not plain from the date's description.</summary>
    private static string? SpanNote(EdtfDate date, LocalDate first, LocalDate last)
    {
        if (first == last)
        {
            return null;
        }

        return date.Kind switch
        {
            EdtfDateKind.Interval when date.Precision < DatePrecision.Day || date.IsApproximate || date.IsUncertain || date.HasUnspecifiedDigits =>
                "the exact first and last days are not known, so this entry spans every possible day",
            EdtfDateKind.Interval => null,
            EdtfDateKind.AllOf => "this entry spans from the first to the last of these dates",
            _ => "the exact day is not known",
        };
    }
}

/// <summary>The start of a timed entry.</summary>
/// <param name="Local">The date and time as written in DTSTART: wall-clock time in <paramref name="Zone"/>, UTC when
/// <paramref name="IsUtc"/>, else floating.</param>
/// <param name="Zone">The time zone named by TZID, or <see langword="null"/>.</param>
/// <param name="IsUtc">Whether DTSTART is written in UTC, with a <c>Z</c>.</param>
internal readonly record struct EventTime(LocalDateTime Local, DateTimeZone? Zone, bool IsUtc);
