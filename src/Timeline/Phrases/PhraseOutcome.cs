using System.Diagnostics.CodeAnalysis;

namespace Annals.Phrases;

/// <summary>
/// The internal result of reading a phrase: a <see cref="DateSpan"/> with an explanation, or an error message with the
/// zero-based position of the offending character.
/// </summary>
internal sealed class PhraseOutcome
{
    private PhraseOutcome(DateSpan? span, string? explanation, int position, string message, PhraseLanguage language)
    {
        Span = span;
        Explanation = explanation;
        Position = position;
        Message = message;
        Language = language;
    }

    public DateSpan? Span { get; }

    public string? Explanation { get; }

    /// <summary>Where the error is (zero-based); 0 on success.</summary>
    public int Position { get; }

    /// <summary>The error message; empty on success.</summary>
    public string Message { get; }

    /// <summary>The language the phrase was read in (on failure, the language whose error is reported).</summary>
    public PhraseLanguage Language { get; }

    [MemberNotNullWhen(true, nameof(Span), nameof(Explanation))]
    public bool Success => Span is not null;

    /// <summary>A success whose explanation is the rule, an arrow, and the result: "next month after 28 March 2025 → April 2025".</summary>
    public static PhraseOutcome Resolved(DateSpan span, string rule) =>
        new(span, rule + " → " + span.Describe(), 0, string.Empty, PhraseLanguage.Auto);

    public static PhraseOutcome Failed(int position, string message) =>
        new(null, null, position, message, PhraseLanguage.Auto);

    public PhraseOutcome In(PhraseLanguage language) => new(Span, Explanation, Position, Message, language);

    public override string ToString() => Success ? Span.ToEdtf() + " (" + Explanation + ")" : Position + ": " + Message;
}
