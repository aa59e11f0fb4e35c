using NodaTime;

namespace Annals.Phrases;

/// <summary>A phrase prepared for reading: its text, tokens, anchor and named dates. Shared by the language readers.</summary>
internal sealed class PhraseInput
{
    public PhraseInput(string text, LocalDate anchor, IReadOnlyDictionary<string, LocalDate>? namedDates)
    {
        Text = text;
        Anchor = anchor;
        Tokens = PhraseTokenizer.Tokenize(text);
        var named = new List<NamedDate>();
        if (namedDates is not null)
        {
            foreach (var (name, day) in namedDates)
            {
                if (name is null || !PhraseCalendar.IsSupported(day.WithCalendar(CalendarSystem.Iso)))
                {
                    continue;
                }

                var tokens = PhraseTokenizer.Tokenize(name);
                if (tokens.Length > 1)
                {
                    named.Add(new NamedDate(name, tokens[..^1], day.WithCalendar(CalendarSystem.Iso)));
                }
            }
        }

        NamedDates = named;
    }

    public string Text { get; }

    public LocalDate Anchor { get; }

    /// <summary>The tokens; the last is always <see cref="TokenKind.End"/>.</summary>
    public Token[] Tokens { get; }

    public IReadOnlyList<NamedDate> NamedDates { get; }
}
