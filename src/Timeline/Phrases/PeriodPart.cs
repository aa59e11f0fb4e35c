namespace Annals.Phrases;

/// <summary>A third of a month or of a year: "early", "mid" or "late".</summary>
internal enum PeriodPart
{
    /// <summary>Days 1–10 of a month; January to April of a year.</summary>
    Early,

    /// <summary>Days 11–20 of a month; May to August of a year.</summary>
    Mid,

    /// <summary>Days 21 to the end of a month; September to December of a year.</summary>
    Late,
}
