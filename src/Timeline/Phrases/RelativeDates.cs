using Annals.Dates;
using NodaTime;

namespace Annals.Phrases;

/// <summary>
/// Resolves relative-date phrases that reporters write ("next month", "earlier this month", "on Friday",
/// "a few days after 20 January 2025", "el mes que viene") against an anchor day, usually the publication date, into
/// an imprecise <see cref="EdtfDate"/>.
/// </summary>
/// <remarks>
/// <para>Reading is case-insensitive, ignores extra spaces and one trailing period, never uses the system clock, time
/// zone or current culture, and takes time linear in the length of the phrase.</para>
/// <para>The forms, their rules and their EDTF output are listed in docs/relative-dates.md.</para>
/// </remarks>
public static class RelativeDates
{
    /// <summary>Resolves a phrase against an anchor day.</summary>
    /// <param name="phrase">The phrase, such as "next month" or "a few days after 20 January 2025".</param>
    /// <param name="anchor">The day the phrase was written relative to, usually the publication date (years 1–9999).</param>
    /// <param name="options">The language and named dates; <see langword="null"/> for <see cref="PhraseOptions.Default"/>.</param>
    /// <returns>
    /// The resolved date with its explanation, or an error that says what was not understood and at which character.
    /// Never throws on any input.
    /// </returns>
    /// <example>
    /// <code>
    /// var visit = RelativeDates.Resolve("next month", new LocalDate(2025, 3, 28)).Value;
    /// // visit.Date is 2025-04; visit.Explanation is "next month after 28 March 2025 → April 2025"
    /// </code>
    /// </example>
    public static ParseResult<ResolvedDate> Resolve(string? phrase, LocalDate anchor, PhraseOptions? options = null)
    {
        var text = phrase ?? string.Empty;
        if (phrase is null)
        {
            return ParseResult<ResolvedDate>.ForError(new ParseError(text, 0, "no phrase was given"));
        }

        var outcome = PhraseResolver.Resolve(text, anchor, options ?? PhraseOptions.Default);
        if (!outcome.Success)
        {
            return ParseResult<ResolvedDate>.ForError(new ParseError(text, outcome.Position, outcome.Message));
        }

        var edtf = outcome.Span.ToEdtf();
        var date = EdtfDate.Parse(edtf);
        if (!date.Success)
        {
            return ParseResult<ResolvedDate>.ForError(new ParseError(
                text, 0, "the EDTF '" + edtf + "' made for this phrase was rejected: " + date.Error.Message));
        }

        return ParseResult<ResolvedDate>.ForValue(new ResolvedDate(
            date.Value, text, anchor.WithCalendar(CalendarSystem.Iso), outcome.Explanation, outcome.Language));
    }
}
