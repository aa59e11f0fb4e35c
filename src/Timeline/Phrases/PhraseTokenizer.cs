using System.Globalization;
using System.Text;

namespace Annals.Phrases;

/// <summary>
/// Splits a phrase into words, numbers and symbols in one pass, remembering where each token starts so that errors can
/// point at the original text. White space only separates tokens; one trailing period is dropped.
/// </summary>
/// <remarks>Culture-independent: words are folded with invariant lowercasing and a fixed table of accents.</remarks>
internal static class PhraseTokenizer
{
    /// <summary>Tokenizes <paramref name="input"/>; the last token is always <see cref="TokenKind.End"/>.</summary>
    public static Token[] Tokenize(string input)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsAsciiDigit(c) || char.IsLetter(c))
            {
                var start = i;
                i++;
                while (i < input.Length && (char.IsAsciiDigit(input[i]) || char.IsLetter(input[i]) || IsMark(input[i])))
                {
                    i++;
                }

                tokens.Add(Classify(input, start, i - start));
                continue;
            }

            tokens.Add(new Token(TokenKind.Symbol, i, 1, input.Substring(i, 1), -1, 0));
            i++;
        }

        if (tokens.Count > 0 && tokens[^1].IsSymbol('.'))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        tokens.Add(new Token(TokenKind.End, input.Length, 0, string.Empty, -1, 0));
        return [.. tokens];
    }

    /// <summary>Folds a word: invariant lowercase, accents and combining marks removed ("Mañana" → "manana", "FRİDAY" → "friday").</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (!IsMark(c))
            {
                builder.Append(FoldChar(char.ToLowerInvariant(c)));
            }
        }

        return builder.ToString();
    }

    private static Token Classify(string input, int start, int length)
    {
        var digits = 0;
        while (digits < length && char.IsAsciiDigit(input[start + digits]))
        {
            digits++;
        }

        if (digits == 0)
        {
            return new Token(TokenKind.Word, start, length, Fold(input.AsSpan(start, length)), -1, 0);
        }

        var value = digits <= Token.MaxDigits ? ParseDigits(input.AsSpan(start, digits)) : -1;
        var numberText = input.Substring(start, digits);
        if (digits == length)
        {
            return new Token(TokenKind.Number, start, length, numberText, value, digits);
        }

        var suffix = Fold(input.AsSpan(start + digits, length - digits));
        return suffix is "st" or "nd" or "rd" or "th"
            ? new Token(TokenKind.Ordinal, start, length, numberText, value, digits)
            : new Token(TokenKind.Malformed, start, length, input.Substring(start, length), -1, digits);
    }

    private static int ParseDigits(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark;

    private static char FoldChar(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',

        // Turkish dotted capital and dotless small i, as in text upper-cased under tr-TR ("FRİDAY").
        'İ' or 'ı' => 'i',
        _ => c,
    };
}
