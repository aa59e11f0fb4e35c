using System.Globalization;
using NodaTime;

namespace Annals.Dates;

/// <summary>
/// Facts about the proleptic Gregorian (ISO) calendar that EDTF uses, and invariant formatting of its parts.
/// </summary>
/// <remarks>Nothing here depends on the current culture, the system clock or the machine's time zone.</remarks>
internal static class CalendarFacts
{
    /// <summary>The earliest year NodaTime's ISO calendar supports.</summary>
    internal const int MinYear = -9998;

    /// <summary>The latest year NodaTime's ISO calendar supports.</summary>
    internal const int MaxYear = 9999;

    /// <summary>The supported year range, as written in messages.</summary>
    internal const string SupportedRange = "-9998..9999";

    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Gets the English name of a month.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The name, for example <c>February</c>.</returns>
    internal static string MonthName(int month) => MonthNames[month - 1];

    /// <summary>Gets the number of days in a month of the ISO calendar.</summary>
    /// <param name="year">The year, within the supported range.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>28 to 31.</returns>
    internal static int DaysInMonth(int year, int month) => CalendarSystem.Iso.GetDaysInMonth(year, month);

    /// <summary>Formats a year as EDTF writes it: four digits, with a minus sign for years before year zero.</summary>
    /// <param name="year">The year.</param>
    /// <returns>For example <c>2025</c>, <c>0800</c> or <c>-0044</c>.</returns>
    internal static string FormatYear(int year) => year < 0
        ? "-" + (-year).ToString("D4", CultureInfo.InvariantCulture)
        : year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Formats a number with two digits.</summary>
    /// <param name="value">The number, 0 to 99.</param>
    /// <returns>For example <c>04</c>.</returns>
    internal static string TwoDigits(int value) => value.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>Formats a day as EDTF writes it.</summary>
    /// <param name="date">The day.</param>
    /// <returns>For example <c>2025-04-14</c> or <c>-0044-03-15</c>.</returns>
    internal static string FormatDate(LocalDate date) =>
        FormatYear(date.Year) + "-" + TwoDigits(date.Month) + "-" + TwoDigits(date.Day);

    /// <summary>Formats a year for people: the year number, with BCE for astronomical years zero and below.</summary>
    /// <param name="year">The astronomical year (0 is 1 BCE, -1 is 2 BCE).</param>
    /// <returns>For example <c>2025</c> or <c>45 BCE</c>.</returns>
    internal static string YearForPeople(int year) => year > 0
        ? year.ToString(CultureInfo.InvariantCulture)
        : (1 - year).ToString(CultureInfo.InvariantCulture) + " BCE";

    /// <summary>Formats a day for people.</summary>
    /// <param name="date">The day.</param>
    /// <returns>For example <c>3 February 2025</c>.</returns>
    internal static string DateForPeople(LocalDate date) =>
        date.Day.ToString(CultureInfo.InvariantCulture) + " " + MonthName(date.Month) + " " + YearForPeople(date.Year);

    /// <summary>The message for a day that its month does not have.</summary>
    /// <param name="written">The date as written, for example <c>2025-02-29</c>.</param>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <returns>For example <c>2025-02-29 is not a day: February 2025 has 28 days.</c></returns>
    internal static string NotADay(string written, int year, int month) => string.Create(
        CultureInfo.InvariantCulture,
        $"{written} is not a day: {MonthName(month)} {FormatYear(year)} has {DaysInMonth(year, month)} days.");
}
