using System.Globalization;
using System.Text;

namespace Annals.Timelines;

/// <summary>Free-text matching that ignores case and accents, so that "nunez" finds "Núñez".</summary>
internal static class TextMatcher
{
    /// <summary>Folds text to lowercase without diacritics, with runs of white space collapsed to one space.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(FoldChar(c));
        }

        return builder.ToString();
    }

    /// <summary>Splits a query into folded words; every word must be found.</summary>
    public static string[] Words(string query) =>
        Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static char FoldChar(char c) => c switch
    {
        // Letters that do not decompose into a base letter and a mark.
        'ı' or 'İ' => 'i',
        'ø' or 'Ø' => 'o',
        'ł' or 'Ł' => 'l',
        'đ' or 'Đ' => 'd',
        'ß' => 's',
        _ => char.ToLowerInvariant(c),
    };
}
