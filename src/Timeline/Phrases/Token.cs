namespace Annals.Phrases;

/// <summary>One token of a phrase, with its place in the original text.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Start">The zero-based position of its first character in the phrase.</param>
/// <param name="Length">Its length in the phrase.</param>
/// <param name="Text">Words: folded to lowercase without accents; numbers and ordinals: the digits; otherwise the text as written.</param>
/// <param name="Value">The value of a number or ordinal of at most <see cref="MaxDigits"/> digits; otherwise -1.</param>
/// <param name="Digits">The number of digits of a number or ordinal; otherwise 0.</param>
internal readonly record struct Token(TokenKind Kind, int Start, int Length, string Text, int Value, int Digits)
{
    /// <summary>The most digits a number may have (larger values are reported as too large).</summary>
    public const int MaxDigits = 9;

    /// <summary>The position just after the token.</summary>
    public int End => Start + Length;

    /// <summary>Whether this is the word <paramref name="word"/> (given folded: lowercase, without accents).</summary>
    public bool Is(string word) => Kind == TokenKind.Word && string.Equals(Text, word, StringComparison.Ordinal);

    /// <summary>Whether this is the symbol <paramref name="symbol"/>.</summary>
    public bool IsSymbol(char symbol) => Kind == TokenKind.Symbol && Text.Length == 1 && Text[0] == symbol;

    /// <summary>Whether this is a number or an ordinal with a known value (not too large).</summary>
    public bool HasValue => Kind is TokenKind.Number or TokenKind.Ordinal && Value >= 0;

    /// <summary>Whether this could be a day of the month: a number or ordinal of one or two digits.</summary>
    public bool IsDayNumber => Kind is TokenKind.Number or TokenKind.Ordinal && Digits is 1 or 2;

    /// <summary>Whether this could be a year: a number of exactly four digits.</summary>
    public bool IsYearNumber => Kind == TokenKind.Number && Digits == 4;
}
