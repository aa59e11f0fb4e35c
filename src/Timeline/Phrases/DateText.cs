using System.Globalization;
using NodaTime;

namespace Annals.Phrases;

/// <summary>Culture-independent English text for dates in explanations and messages: "28 March 2025", "April 2025".</summary>
internal static class DateText
{
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public static string Month(int month) => MonthNames[month - 1];

    public static string Weekday(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "Monday",
        IsoDayOfWeek.Tuesday => "Tuesday",
        IsoDayOfWeek.Wednesday => "Wednesday",
        IsoDayOfWeek.Thursday => "Thursday",
        IsoDayOfWeek.Friday => "Friday",
        IsoDayOfWeek.Saturday => "Saturday",
        _ => "Sunday",
    };

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Year(int year) => Number(year);

    public static string Day(LocalDate date) => Number(date.Day) + " " + Month(date.Month) + " " + Year(date.Year);

    public static string MonthOfYear(int year, int month) => Month(month) + " " + Year(year);

    /// <summary>"28 March 2025 (a Friday)".</summary>
    public static string DayWithWeekday(LocalDate date) => Day(date) + " (a " + Weekday(date.DayOfWeek) + ")";

    /// <summary>The EDTF form of a day: YYYY-MM-DD.</summary>
    public static string Edtf(LocalDate date) => EdtfMonth(date.Year, date.Month) + "-" + Pad(date.Day, 2);

    /// <summary>The EDTF form of a month: YYYY-MM.</summary>
    public static string EdtfMonth(int year, int month) => EdtfYear(year) + "-" + Pad(month, 2);

    /// <summary>The EDTF form of a year: YYYY.</summary>
    public static string EdtfYear(int year) => Pad(year, 4);

    /// <summary>Quotes what the user wrote, shortened when long, for a message: 'fortnite'.</summary>
    public static string Quote(string input, int start, int length)
    {
        const int Longest = 40;
        var text = length > Longest ? string.Concat(input.AsSpan(start, Longest), "…") : input.Substring(start, length);
        if (text.Length == 1 && (char.IsControl(text[0]) || char.IsSurrogate(text[0])))
        {
            return "U+" + ((int)text[0]).ToString("X4", CultureInfo.InvariantCulture);
        }

        return "'" + text + "'";
    }

    private static string Pad(int value, int width) =>
        value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
}
