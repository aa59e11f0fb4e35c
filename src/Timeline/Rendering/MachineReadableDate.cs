using System.Globalization;
using Annals.Dates;

namespace Annals.Rendering;

/// <summary>Writes the value of an HTML <c>&lt;time datetime="…"&gt;</c> attribute for the dates it can express
/// exactly.</summary>
/// <remarks>HTML's <c>datetime</c> holds one day (<c>2025-02-03</c>), one month (<c>2025-04</c>) or one year
/// (<c>2021</c>, four or more digits, after year 0), and nothing to say that a date is approximate, uncertain, an
/// interval or a choice. So only a single date of day, month or year precision (or a time, whose day is given) with no
/// qualifier, no unspecified digit and a year from 1 to 9999 gets a value; for any other date a renderer writes the
/// label as text, rather than claim a precision the date does not have. Thread-safe.</remarks>
internal static class MachineReadableDate
{
    /// <summary>Gets the <c>datetime</c> value of a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The ISO day, month or year, or <see langword="null"/> when the date cannot be written exactly.</returns>
    public static string? Of(EdtfDate date)
    {
        if (date is not EdtfSingleDate single
            || single.Qualifiers != DateQualifiers.None
            || single.HasUnspecifiedDigits
            || single.Season is not null
            || single.SignificantDigits is not null
            || single.Earliest is not { } day
            || day.Year is < 1 or > 9999)
        {
            return null;
        }

        return single.Precision switch
        {
            DatePrecision.Day or DatePrecision.Time => day.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture),
            DatePrecision.Month => day.ToString("uuuu'-'MM", CultureInfo.InvariantCulture),
            DatePrecision.Year => day.Year.ToString("0000", CultureInfo.InvariantCulture),
            _ => null,
        };
    }
}
