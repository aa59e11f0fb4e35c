namespace Annals.Phrases;

/// <summary>The language in which <see cref="RelativeDates"/> reads a phrase.</summary>
public enum PhraseLanguage
{
    /// <summary>Try English first, then Spanish; the result says which one matched. This is the default.</summary>
    Auto = 0,

    /// <summary>English phrases only, such as "next month" or "a few days after 20 January 2025".</summary>
    English = 1,

    /// <summary>Spanish phrases only, such as "el mes que viene" or "a finales de marzo".</summary>
    Spanish = 2,
}
