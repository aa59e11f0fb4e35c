using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Annals.Rendering;

/// <summary>
/// How one culture writes days, months and years: the order of the parts (from the culture's long-date and
/// year-month patterns) and the month names, always of the Gregorian calendar.
/// </summary>
/// <remarks>
/// <para>Month names come from a copy of the culture's <see cref="DateTimeFormatInfo"/> whose calendar is set to the
/// culture's Gregorian calendar, never from its default calendar: Thai (Buddhist), Saudi Arabic (Hijri) and Persian
/// cultures still name the Gregorian months and years. A culture that offers no Gregorian calendar falls back to the
/// invariant English names. Years are always written by the renderer in invariant digits, so 2025 is never 2568 or
/// 1446.</para>
/// <para>The invariant format (no culture) is fixed in code, not read from the machine: day-month-year with English
/// month names ("3 February 2025", "February 2025"), the same on every machine.</para>
/// <para>Instances are immutable and thread-safe; those of read-only cultures are cached.</para>
/// </remarks>
internal sealed class DateTextFormat
{
    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly ConditionalWeakTable<CultureInfo, DateTextFormat> Cache = [];

    private static readonly LocalizedDatePattern YearLastNamed = LocalizedDatePattern.Parse("MMMM yyyy");
    private static readonly LocalizedDatePattern YearFirstNamed = LocalizedDatePattern.Parse("yyyy MMMM");

    private readonly string[] monthNames;
    private readonly string[] genitiveMonthNames;
    private readonly LocalizedDatePattern longDate;
    private readonly LocalizedDatePattern yearMonth;

    private DateTextFormat(string[] monthNames, string[] genitiveMonthNames, string longDatePattern, string yearMonthPattern, RenderText text)
    {
        this.monthNames = monthNames;
        this.genitiveMonthNames = genitiveMonthNames;
        longDate = LocalizedDatePattern.Parse(longDatePattern);
        yearMonth = LocalizedDatePattern.Parse(yearMonthPattern);
        Text = text;
    }

    /// <summary>Gets the invariant English format.</summary>
    public static DateTextFormat Invariant { get; } =
        new(EnglishMonths, EnglishMonths, "d MMMM yyyy", "MMMM yyyy", RenderText.English);

    /// <summary>Gets the words that go with this format.</summary>
    public RenderText Text { get; }

    /// <summary>Gets a value indicating whether the year comes before the day and month.</summary>
    public bool YearFirst => longDate.YearFirst;

    /// <summary>Gets the format for a culture.</summary>
    /// <param name="culture">The culture; <see langword="null"/> or the invariant culture give <see cref="Invariant"/>.</param>
    /// <returns>The format.</returns>
    public static DateTextFormat For(CultureInfo? culture)
    {
        if (culture is null || culture.Name.Length == 0)
        {
            return Invariant;
        }

        // Only read-only cultures are cached: a writable one may have its formats changed between two calls.
        return culture.IsReadOnly ? Cache.GetValue(culture, Create) : Create(culture);
    }

    /// <summary>Writes a year: "2025", or "44 BCE" for the ISO year -43.</summary>
    /// <param name="year">The ISO year (year 0 is 1 BCE).</param>
    /// <returns>The text.</returns>
    public string Year(int year) => year > 0
        ? year.ToString(CultureInfo.InvariantCulture)
        : RenderText.Fill(Text.BeforeCommonEra, (1 - year).ToString(CultureInfo.InvariantCulture));

    /// <summary>Gets the name of a month as written on its own or with a year ("February").</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The name.</returns>
    public string MonthName(int month) => monthNames[month - 1];

    /// <summary>Writes a day: "3 February 2025", "February 3, 2025", "3 de febrero de 2025".</summary>
    /// <param name="date">The day.</param>
    /// <param name="withYear">Whether to write the year.</param>
    /// <returns>The text.</returns>
    public string Day(LocalDate date, bool withYear = true) =>
        DayText(DayNumber(date.Day), date, withYear);

    /// <summary>Writes a day with its day number replaced, for "15–16 March 2025".</summary>
    /// <param name="dayText">The text in place of the day number.</param>
    /// <param name="date">A day of the month and year to write.</param>
    /// <param name="withYear">Whether to write the year.</param>
    /// <returns>The text.</returns>
    public string DayText(string dayText, LocalDate date, bool withYear = true) =>
        longDate.Format(dayText, date.Month, genitiveMonthNames[date.Month - 1], withYear ? Year(date.Year) : null);

    /// <summary>Writes the number of a day as the culture's long date writes it.</summary>
    /// <param name="day">The day of the month.</param>
    /// <returns>The number, such as "3".</returns>
    public string DayNumber(int day) =>
        day.ToString(longDate.DayWidth == 2 ? "00" : "0", CultureInfo.InvariantCulture);

    /// <summary>Writes a month: "February 2025", "febrero de 2025".</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <param name="withYear">Whether to write the year.</param>
    /// <returns>The text.</returns>
    public string Month(int year, int month, bool withYear = true) =>
        MonthText(MonthName(month), year, month, withYear);

    /// <summary>Writes a month with its name replaced, for "late January 2025" or "March–May 2025".</summary>
    /// <param name="monthText">The text in place of the month name.</param>
    /// <param name="year">The year.</param>
    /// <param name="month">The month number, for cultures that write months as numbers.</param>
    /// <param name="withYear">Whether to write the year.</param>
    /// <returns>The text.</returns>
    /// <remarks>Cultures that write months as numbers (such as ja-JP, "2025年4月") have no name to replace; the text
    /// is then written next to the year, on the side the culture writes months.</remarks>
    public string MonthText(string monthText, int year, int month, bool withYear = true) =>
        (yearMonth.HasMonthName ? yearMonth : (YearFirst ? YearFirstNamed : YearLastNamed))
            .Format(null, month, monthText, withYear ? Year(year) : null);

    private static DateTextFormat Create(CultureInfo culture)
    {
        var format = (DateTimeFormatInfo)culture.DateTimeFormat.Clone();
        var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault();
        var text = RenderText.For(culture);
        if (gregorian is null)
        {
            return new DateTextFormat(EnglishMonths, EnglishMonths, "d MMMM yyyy", "MMMM yyyy", text);
        }

        format.Calendar = gregorian;
        return new DateTextFormat(
            [.. format.MonthNames.Take(12)],
            [.. format.MonthGenitiveNames.Take(12)],
            format.LongDatePattern,
            format.YearMonthPattern,
            text);
    }
}
