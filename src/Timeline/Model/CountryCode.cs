using System.Diagnostics.CodeAnalysis;

namespace Annals.Model;

/// <summary>An ISO 3166-1 alpha-3 country code, such as <c>USA</c> or <c>SLV</c>.</summary>
/// <remarks>
/// <para>The code is checked for form (three ASCII letters, stored in uppercase), not against the list of assigned
/// codes, so user-assigned codes such as <c>XKX</c> remain usable.</para>
/// <para>A default instance has no code; its <see cref="Value"/> is the empty string. Values compare ordinally and are
/// immutable and thread-safe.</para>
/// </remarks>
public readonly record struct CountryCode
{
    private readonly string? value;

    /// <summary>Creates a code.</summary>
    /// <param name="value">Three ASCII letters, in either case; they are stored in uppercase.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not three ASCII letters.</exception>
    public CountryCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!TryNormalize(value, out var normalized))
        {
            throw new ArgumentException(
                $"'{value}' is not an ISO 3166-1 alpha-3 country code: use three letters, such as 'USA' or 'SLV'.",
                nameof(value));
        }

        this.value = normalized;
    }

    /// <summary>Gets the three uppercase letters.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Reads a code, without throwing.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="code">The code, when <paramref name="text"/> is three ASCII letters.</param>
    /// <returns><see langword="true"/> when the text is a well-formed code.</returns>
    public static bool TryParse(string? text, out CountryCode code)
    {
        if (TryNormalize(text, out var normalized))
        {
            code = new CountryCode(normalized);
            return true;
        }

        code = default;
        return false;
    }

    /// <summary>Returns the three letters.</summary>
    /// <returns>The code, such as <c>USA</c>.</returns>
    public override string ToString() => Value;

    private static bool TryNormalize(string? text, [NotNullWhen(true)] out string? normalized)
    {
        normalized = null;
        if (text is null || text.Length != 3)
        {
            return false;
        }

        Span<char> letters = stackalloc char[3];
        for (var i = 0; i < 3; i++)
        {
            var c = text[i];
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }

            letters[i] = char.ToUpperInvariant(c);
        }

        normalized = new string(letters);
        return true;
    }
}
