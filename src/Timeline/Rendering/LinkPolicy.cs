using System.Globalization;
using System.Text;
using Annals.Model;

namespace Annals.Rendering;

/// <summary>Decides which source URLs become links, and writes them so they cannot break out of their Markdown.</summary>
/// <remarks>Only <c>http</c> and <c>https</c> links with a host (<see cref="Source.IsWebUrl"/>) and
/// <c>mailto:</c> links with an address become links; anything else (<c>javascript:</c>, <c>data:</c>, <c>file:</c>,
/// relative or malformed links) is printed as escaped text. Thread-safe.</remarks>
internal static class LinkPolicy
{
    /// <summary>Tells whether a URL may be written as a link.</summary>
    /// <param name="url">The URL as the user wrote it.</param>
    /// <returns><see langword="true"/> for web and mail links.</returns>
    public static bool IsSafe(string? url) =>
        Source.IsWebUrl(url)
        || (url is not null
            && url.Length <= 4096
            && url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            && url.IndexOf('@', StringComparison.Ordinal) > "mailto:".Length
            && !url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeMailto);

    /// <summary>Writes a link destination in the pointy-bracket form, percent-encoding every character that is not
    /// printable ASCII or that could end or confuse the destination (<c>&lt; &gt; \ "</c> and the like).</summary>
    /// <param name="url">A URL that passed <see cref="IsSafe"/>.</param>
    /// <returns>The destination, such as <c>&lt;https://example.org/a%20b&gt;</c>.</returns>
    public static string Destination(string url) => AppendDestination(new StringBuilder(url.Length + 2), url).ToString();

    /// <summary>Appends the link destination of <see cref="Destination"/>.</summary>
    /// <param name="builder">Where to append.</param>
    /// <param name="url">A URL that <see cref="IsSafe"/> accepts.</param>
    /// <returns><paramref name="builder"/>.</returns>
    public static StringBuilder AppendDestination(StringBuilder builder, string url)
    {
        builder.Append('<');
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c is > ' ' and < '\u007F' && c is not ('<' or '>' or '\\' or '"' or '`' or '{' or '}' or '|' or '^'))
            {
                builder.Append(c);
                continue;
            }

            var length = char.IsSurrogatePair(url, i)
                ? Encoding.UTF8.GetBytes(url.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(url.AsSpan(i, 1), bytes);
            foreach (var b in bytes[..length])
            {
                builder.Append('%').Append(CultureInfo.InvariantCulture, $"{b:X2}");
            }
        }

        return builder.Append('>');
    }
}
