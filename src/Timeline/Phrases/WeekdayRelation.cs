namespace Annals.Phrases;

/// <summary>Which day with a given weekday a phrase means, relative to the anchor.</summary>
internal enum WeekdayRelation
{
    /// <summary>"on Friday": the most recent such day on or before the anchor (the anchor itself if it is that weekday).</summary>
    OnOrBefore,

    /// <summary>"next Friday": the first such day strictly after the anchor.</summary>
    Next,

    /// <summary>"last Friday": the most recent such day strictly before the anchor.</summary>
    Last,
}
