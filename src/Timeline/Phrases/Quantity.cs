namespace Annals.Phrases;

/// <summary>An amount of time as written in a phrase, before its unit is known.</summary>
/// <param name="Kind">Exact or vague.</param>
/// <param name="Count">The count when <paramref name="Kind"/> is <see cref="QuantityKind.Exact"/>; otherwise 0.</param>
/// <param name="Start">The zero-based position of the first character of the amount.</param>
internal readonly record struct Quantity(QuantityKind Kind, long Count, int Start)
{
    public static Quantity Exact(long count, int start) => new(QuantityKind.Exact, count, start);

    public static Quantity Vague(QuantityKind kind, int start) => new(kind, 0, start);

    /// <summary>The amount in words for messages: "a few", "a couple of", "several", or the count.</summary>
    public string Describe() => Kind switch
    {
        QuantityKind.Few => "a few",
        QuantityKind.Couple => "a couple of",
        QuantityKind.Several => "several",
        _ => Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
