using System.Collections.Frozen;
using NodaTime;

namespace Annals.Phrases;

/// <summary>
/// The English vocabulary: months, weekdays, day words, number words and units, keyed by folded (lowercase) spelling.
/// </summary>
internal static class EnglishWords
{
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, IsoDayOfWeek> Weekdays = new Dictionary<string, IsoDayOfWeek>(StringComparer.Ordinal)
    {
        ["monday"] = IsoDayOfWeek.Monday, ["mon"] = IsoDayOfWeek.Monday,
        ["tuesday"] = IsoDayOfWeek.Tuesday, ["tue"] = IsoDayOfWeek.Tuesday, ["tues"] = IsoDayOfWeek.Tuesday,
        ["wednesday"] = IsoDayOfWeek.Wednesday, ["wed"] = IsoDayOfWeek.Wednesday,
        ["thursday"] = IsoDayOfWeek.Thursday, ["thu"] = IsoDayOfWeek.Thursday, ["thur"] = IsoDayOfWeek.Thursday,
        ["thurs"] = IsoDayOfWeek.Thursday,
        ["friday"] = IsoDayOfWeek.Friday, ["fri"] = IsoDayOfWeek.Friday,
        ["saturday"] = IsoDayOfWeek.Saturday, ["sat"] = IsoDayOfWeek.Saturday,
        ["sunday"] = IsoDayOfWeek.Sunday, ["sun"] = IsoDayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"today", "yesterday" and "tomorrow", with their offsets from the anchor in days.</summary>
    public static readonly FrozenDictionary<string, int> DayWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["today"] = 0, ["yesterday"] = -1, ["tomorrow"] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, PhraseUnit> Units = new Dictionary<string, PhraseUnit>(StringComparer.Ordinal)
    {
        ["day"] = PhraseUnit.Day, ["days"] = PhraseUnit.Day,
        ["week"] = PhraseUnit.Week, ["weeks"] = PhraseUnit.Week,
        ["month"] = PhraseUnit.Month, ["months"] = PhraseUnit.Month,
        ["year"] = PhraseUnit.Year, ["years"] = PhraseUnit.Year,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
