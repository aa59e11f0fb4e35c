using System.Collections.Frozen;
using NodaTime;

namespace Annals.Phrases;

/// <summary>
/// The Spanish vocabulary, keyed by folded spelling (lowercase, accents removed: "miércoles" → "miercoles",
/// "año" → "ano"), so that both accented and unaccented spellings are accepted.
/// </summary>
internal static class SpanishWords
{
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["enero"] = 1, ["febrero"] = 2, ["marzo"] = 3, ["abril"] = 4, ["mayo"] = 5, ["junio"] = 6,
        ["julio"] = 7, ["agosto"] = 8, ["septiembre"] = 9, ["setiembre"] = 9, ["octubre"] = 10,
        ["noviembre"] = 11, ["diciembre"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, IsoDayOfWeek> Weekdays = new Dictionary<string, IsoDayOfWeek>(StringComparer.Ordinal)
    {
        ["lunes"] = IsoDayOfWeek.Monday, ["martes"] = IsoDayOfWeek.Tuesday, ["miercoles"] = IsoDayOfWeek.Wednesday,
        ["jueves"] = IsoDayOfWeek.Thursday, ["viernes"] = IsoDayOfWeek.Friday, ["sabado"] = IsoDayOfWeek.Saturday,
        ["domingo"] = IsoDayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// "hoy", "ayer" and "mañana", with their offsets from the anchor in days; "anteayer" and "pasado mañana" are
    /// read only as whole phrases.
    /// </summary>
    public static readonly FrozenDictionary<string, int> DayWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["hoy"] = 0, ["ayer"] = -1, ["manana"] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["un"] = 1, ["uno"] = 1, ["una"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5, ["seis"] = 6,
        ["siete"] = 7, ["ocho"] = 8, ["nueve"] = 9, ["diez"] = 10, ["once"] = 11, ["doce"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, PhraseUnit> Units = new Dictionary<string, PhraseUnit>(StringComparer.Ordinal)
    {
        ["dia"] = PhraseUnit.Day, ["dias"] = PhraseUnit.Day,
        ["semana"] = PhraseUnit.Week, ["semanas"] = PhraseUnit.Week,
        ["mes"] = PhraseUnit.Month, ["meses"] = PhraseUnit.Month,
        ["ano"] = PhraseUnit.Year, ["anos"] = PhraseUnit.Year,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
