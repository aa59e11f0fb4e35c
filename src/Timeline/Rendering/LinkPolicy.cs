using System.Buffers;
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
    public static string Destination(string url)
    {
        var buffer = new TextBuffer(url.Length + 2);
        AppendDestination(buffer, url);
        return buffer.ToString();
    }

    /// <summary>Appends the link destination of <see cref="Destination"/>.</summary>
    /// <param name="buffer">Where to append.</param>
    /// <param name="url">A URL that <see cref="IsSafe"/> accepts.</param>
    public static void AppendDestination(TextBuffer buffer, string url)
    {
        buffer.Append('<');
        Span<byte> bytes = stackalloc byte[4];
        var rest = url.AsSpan();
        while (!rest.IsEmpty)
        {
            // Runs of characters that stand for themselves are copied whole.
            var run = rest.IndexOfAnyExcept(AsIs);
            if (run < 0)
            {
                buffer.Append(rest);
                break;
            }

            buffer.Append(rest[..run]);
            rest = rest[run..];
            var width = rest.Length > 1 && char.IsSurrogatePair(rest[0], rest[1]) ? 2 : 1;
            var length = Encoding.UTF8.GetBytes(rest[..width], bytes);
            foreach (var b in bytes[..length])
            {
                buffer.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }

            rest = rest[width..];
        }

        buffer.Append('>');
    }

    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>Printable ASCII other than the characters that could end or confuse a destination.</summary>
    private static readonly SearchValues<char> AsIs = SearchValues.Create(
        "!#$%&'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]_abcdefghijklmnopqrstuvwxyz~");
}
