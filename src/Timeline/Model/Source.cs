using Annals.Dates;

namespace Annals.Model;

/// <summary>Where a claim about an event comes from: a publisher and, when known, the author or handle, title, link,
/// publication date, kind and a quote.</summary>
/// <remarks>
/// <para>The URL is kept as written. Building a timeline reports any URL that is not an absolute <c>http</c> or
/// <c>https</c> link (see <see cref="IsWebUrl"/>), so that every bad link in a file is reported at once rather than the
/// first one throwing.</para>
/// <para>Immutable and thread-safe; compares by value.</para>
/// </remarks>
public sealed record Source
{
    private readonly string publisher;
    private readonly string? author;
    private readonly string? title;
    private readonly string? url;
    private readonly string? quote;
    private readonly SourceKind? kind;

    /// <summary>Creates a source.</summary>
    /// <param name="publisher">Who published it: an outlet, a government, or the account holder of a post.</param>
    /// <exception cref="ArgumentException"><paramref name="publisher"/> is empty or blank.</exception>
    public Source(string publisher)
    {
        this.publisher = FieldChecks.Required(publisher, nameof(publisher));
    }

    /// <summary>Gets who published the source, such as <c>NBC News</c> or <c>The White House</c>.</summary>
    public string Publisher
    {
        get => publisher;
        init => publisher = FieldChecks.Required(value, nameof(Publisher));
    }

    /// <summary>Gets the author or handle, such as <c>@nayibbukele</c>.</summary>
    public string? Author
    {
        get => author;
        init => author = FieldChecks.OptionalLine(value, nameof(Author));
    }

    /// <summary>Gets the title of the article, statement or post.</summary>
    public string? Title
    {
        get => title;
        init => title = FieldChecks.OptionalLine(value, nameof(Title));
    }

    /// <summary>Gets the link, as written. Only absolute <c>http</c> and <c>https</c> links pass validation.</summary>
    public string? Url
    {
        get => url;
        init => url = FieldChecks.OptionalLine(value, nameof(Url));
    }

    /// <summary>Gets when the source was published.</summary>
    public EdtfDate? Published { get; init; }

    /// <summary>Gets what kind of source this is.</summary>
    public SourceKind? Kind
    {
        get => kind;
        init => kind = FieldChecks.OptionalDefined(value, nameof(Kind), "source kind");
    }

    /// <summary>Gets a quotation from the source, verbatim.</summary>
    public string? Quote
    {
        get => quote;
        init => quote = FieldChecks.OptionalLine(value, nameof(Quote));
    }

    /// <summary>Tells whether a link is an absolute <c>http</c> or <c>https</c> URL with a host.</summary>
    /// <param name="url">The link to check.</param>
    /// <returns><see langword="true"/> for links such as <c>https://www.whitehouse.gov/</c>; <see langword="false"/> for
    /// <c>javascript:</c>, <c>file:</c>, relative and malformed links.</returns>
    public static bool IsWebUrl(string? url) =>
        url is not null
        && url.Length <= 4096
        && (IsPlainWebUrl(url) || IsWebUrlByUri(url));

    /// <summary>Checks a link with <see cref="Uri"/>: the definition of a web link.</summary>
    /// <param name="url">The link, at most 4,096 characters.</param>
    /// <returns>Whether it is an absolute http or https link with a host.</returns>
    internal static bool IsWebUrlByUri(string url) =>
        !url.Any(char.IsWhiteSpace)
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>
    /// Recognises, without parsing a <see cref="Uri"/>, the links that are web links beyond doubt: <c>http://</c> or
    /// <c>https://</c>, a host of lowercase ASCII letters, digits and hyphens in dot-separated labels (the last starting
    /// with a letter; no port, user or punycode), then optionally a path, query and fragment of plain ASCII characters
    /// (no spaces, no <c>%</c> and no backslash). Every other link is left to <see cref="IsWebUrlByUri"/>.
    /// </summary>
    /// <param name="url">The link.</param>
    /// <returns><see langword="true"/> when the link is of that plain shape, which <see cref="IsWebUrlByUri"/> accepts.</returns>
    internal static bool IsPlainWebUrl(string url)
    {
        var rest = url.AsSpan();
        if (rest.StartsWith("https://", StringComparison.Ordinal))
        {
            rest = rest[8..];
        }
        else if (rest.StartsWith("http://", StringComparison.Ordinal))
        {
            rest = rest[7..];
        }
        else
        {
            return false;
        }

        var hostEnd = rest.IndexOfAny('/', '?', '#');
        var host = hostEnd < 0 ? rest : rest[..hostEnd];
        if (host.Length is 0 or > 253 || !IsPlainHost(host))
        {
            return false;
        }

        return hostEnd < 0 || !rest[hostEnd..].ContainsAnyExcept(PlainUrlCharacters);
    }

    /// <summary>The characters the fast check accepts after the host.</summary>
    private static readonly System.Buffers.SearchValues<char> PlainUrlCharacters = System.Buffers.SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/?#=&+,;:@!$'()*");

    private static bool IsPlainHost(ReadOnlySpan<char> host)
    {
        var labelStart = 0;
        for (var i = 0; i <= host.Length; i++)
        {
            if (i < host.Length && host[i] != '.')
            {
                var c = host[i];
                if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
                {
                    return false;
                }

                continue;
            }

            var label = host[labelStart..i];
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-'
                || label.StartsWith("xn--", StringComparison.Ordinal))
            {
                return false;
            }

            if (i == host.Length && !char.IsAsciiLetterLower(label[0]))
            {
                return false; // the last label must start with a letter, so that the host is never read as an address
            }

            labelStart = i + 1;
        }

        return true;
    }
}
