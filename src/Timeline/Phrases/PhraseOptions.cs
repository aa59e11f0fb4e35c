using NodaTime;

namespace Annals.Phrases;

/// <summary>Options for <see cref="RelativeDates.Resolve(string?, LocalDate, PhraseOptions?)"/>.</summary>
/// <remarks>Instances are immutable once built and may be shared between threads.</remarks>
public sealed class PhraseOptions
{
    /// <summary>Gets the default options: <see cref="PhraseLanguage.Auto"/> and no named dates.</summary>
    public static PhraseOptions Default { get; } = new();

    /// <summary>
    /// Gets the language to read phrases in. <see cref="PhraseLanguage.Auto"/> (the default) tries English, then Spanish.
    /// </summary>
    public PhraseLanguage Language { get; init; } = PhraseLanguage.Auto;

    /// <summary>
    /// Gets days that phrases may name, such as <c>"Trump took office"</c> → 20 January 2025, so that
    /// "a few days after Trump took office" can be resolved. A name matches when it is the whole rest of the phrase
    /// (ignoring case, accents and spacing). <see langword="null"/> or empty: no named dates.
    /// </summary>
    public IReadOnlyDictionary<string, LocalDate>? NamedDates { get; init; }
}
