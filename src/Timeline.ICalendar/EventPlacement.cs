using Annals.Dates;
using NodaTime;

namespace Annals.ICalendar;

/// <summary>Where an event's date puts it in a calendar: the all-day span from its first to its last possible day, and
/// the sentence that explains the date when the span alone would mislead.</summary>
/// <param name="FirstDay">The first day of the span (DTSTART).</param>
/// <param name="LastDay">The last day of the span, inclusive; DTEND is the day after.</param>
/// <param name="DateLine">The "Date: …" line for the description, or <see langword="null"/> for an exact day.</param>
internal sealed record EventPlacement(LocalDate FirstDay, LocalDate LastDay, string? DateLine)
{
    /// <summary>The last day that can end an all-day span: DTEND, the day after, must still have a four-digit year.</summary>
    private static readonly LocalDate LastWritableDay = new(9999, 12, 30);

    /// <summary>Places a date in the calendar.</summary>
    /// <param name="date">The event's date.</param>
    /// <param name="openDates">What to do when one end is open or unknown.</param>
    /// <returns>The placement, or <see langword="null"/> when the event is left out: no end is known, one end is
    /// unknown and <paramref name="openDates"/> is <see cref="OpenDatePolicy.Skip"/>, or the span falls outside the
    /// years 1 to 9999 that iCalendar can write.</returns>
    public static EventPlacement? Place(EdtfDate date, OpenDatePolicy openDates)
    {
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

        var dateLine = IsExactDay(date, first, last) ? null : $"Date: {date.Describe()} (EDTF {date}){(note is null ? string.Empty : "; " + note)}.";
        return new EventPlacement(first, last, dateLine);
    }

    /// <summary>Tells whether a date is one known day, with nothing to explain.</summary>
    private static bool IsExactDay(EdtfDate date, LocalDate first, LocalDate last) =>
        date.Kind == EdtfDateKind.Date
        && first == last
        && date.Precision >= DatePrecision.Day
        && !date.IsApproximate
        && !date.IsUncertain
        && !date.HasUnspecifiedDigits;

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
