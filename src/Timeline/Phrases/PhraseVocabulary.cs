using System.Collections.Frozen;
using NodaTime;

namespace Annals.Phrases;

/// <summary>
/// The words of one language that <see cref="PhraseReader"/> looks up, keyed by folded spelling (lowercase, without
/// accents): the tables that make its shared reading of amounts, days and months English or Spanish.
/// </summary>
/// <param name="months">The month names and abbreviations, with their numbers (1–12).</param>
/// <param name="weekdays">The weekday names and abbreviations.</param>
/// <param name="dayWords">The words for the anchor's day and the days either side ("today", "ayer"), with their offsets in days.</param>
/// <param name="numbers">The number words ("three", "tres"), with their values.</param>
/// <param name="units">The unit words ("days", "semanas"), singular and plural.</param>
/// <param name="article">The word that may stand before a day number: "the" (the 20th of January), "el" (el 20 de enero).</param>
/// <param name="of">The word that may stand between a day number and its month: "of" (20th of January), "de" (20 de enero).</param>
/// <param name="namesTakeAPeriod">Whether month and weekday names may be followed by a period, as abbreviations are ("Jan.", "Fri.").</param>
internal sealed class PhraseVocabulary(
    FrozenDictionary<string, int> months,
    FrozenDictionary<string, IsoDayOfWeek> weekdays,
    FrozenDictionary<string, int> dayWords,
    FrozenDictionary<string, int> numbers,
    FrozenDictionary<string, PhraseUnit> units,
    string article,
    string of,
    bool namesTakeAPeriod)
{
    public static readonly PhraseVocabulary English = new(
        EnglishWords.Months, EnglishWords.Weekdays, EnglishWords.DayWords, EnglishWords.Numbers, EnglishWords.Units, "the", "of", true);

    public static readonly PhraseVocabulary Spanish = new(
        SpanishWords.Months, SpanishWords.Weekdays, SpanishWords.DayWords, SpanishWords.Numbers, SpanishWords.Units, "el", "de", false);

    public FrozenDictionary<string, int> Months { get; } = months;

    public FrozenDictionary<string, IsoDayOfWeek> Weekdays { get; } = weekdays;

    public FrozenDictionary<string, int> DayWords { get; } = dayWords;

    public FrozenDictionary<string, int> Numbers { get; } = numbers;

    public FrozenDictionary<string, PhraseUnit> Units { get; } = units;

    public string Article { get; } = article;

    public string Of { get; } = of;

    public bool NamesTakeAPeriod { get; } = namesTakeAPeriod;
}
