namespace Annals.Phrases;

/// <summary>The EDTF shape a resolved phrase is written in.</summary>
internal enum SpanShape
{
    /// <summary>One day: 2025-04-04, or 2025-01-22~ when approximate.</summary>
    Day,

    /// <summary>One month: 2025-04.</summary>
    Month,

    /// <summary>One year: 2025.</summary>
    Year,

    /// <summary>An interval of days: 2025-03-31/2025-04-06, or 2025-03-01~/2025-03-10~ when approximate.</summary>
    DayInterval,

    /// <summary>An interval of months: 2024-09~/2024-12~ (used for early, mid and late years).</summary>
    MonthInterval,

    /// <summary>One day of a consecutive range, not known which: [2025-01-22..2025-01-27].</summary>
    OneOfDays,
}
