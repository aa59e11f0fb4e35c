namespace Annals.Phrases;

/// <summary>How precise an amount of time in a phrase is.</summary>
internal enum QuantityKind
{
    /// <summary>An exact count: "3 days", "two weeks", "a week".</summary>
    Exact,

    /// <summary>"a few": 2–7 days, or 2–4 weeks.</summary>
    Few,

    /// <summary>"a couple of": about 2 units, an approximate single day.</summary>
    Couple,

    /// <summary>"several": 3–9 days, or 3–9 weeks.</summary>
    Several,
}
