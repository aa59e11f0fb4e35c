using Annals.Dates;
using NodaTime;

namespace Annals.Phrases;

/// <summary>
/// A relative-date phrase resolved against an anchor day: the imprecise date it stands for, and a short explanation of
/// the rule that was applied, such as "next month after 28 March 2025 → April 2025".
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ResolvedDate
{
    internal ResolvedDate(EdtfDate date, string phrase, LocalDate anchor, string explanation, PhraseLanguage language)
    {
        Date = date;
        Phrase = phrase;
        Anchor = anchor;
        Explanation = explanation;
        Language = language;
    }

    /// <summary>Gets the date the phrase stands for, such as <c>2025-04</c> for "next month" written on 28 March 2025.</summary>
    public EdtfDate Date { get; }

    /// <summary>Gets the phrase as it was given.</summary>
    public string Phrase { get; }

    /// <summary>Gets the anchor day the phrase was read against, usually the publication date.</summary>
    public LocalDate Anchor { get; }

    /// <summary>Gets the rule applied and its result, in English: "next month after 28 March 2025 → April 2025".</summary>
    public string Explanation { get; }

    /// <summary>Gets the language the phrase was read in: <see cref="PhraseLanguage.English"/> or <see cref="PhraseLanguage.Spanish"/>.</summary>
    public PhraseLanguage Language { get; }

    /// <summary>Returns the EDTF text and the explanation, for example <c>2025-04 (next month after 28 March 2025 → April 2025)</c>.</summary>
    /// <returns>The date and how it was found.</returns>
    public override string ToString() => Date + " (" + Explanation + ")";
}
