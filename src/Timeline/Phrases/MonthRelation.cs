namespace Annals.Phrases;

/// <summary>Which month with a given name a phrase means, relative to the anchor's month.</summary>
internal enum MonthRelation
{
    /// <summary>"in March": the most recent March not after the anchor's month.</summary>
    MostRecent,

    /// <summary>"next March": the first March strictly after the anchor's month.</summary>
    Next,

    /// <summary>"last March": the most recent March strictly before the anchor's month.</summary>
    Last,

    /// <summary>"this March": the March of the anchor's year.</summary>
    This,
}
