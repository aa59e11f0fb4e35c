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
        && !url.Any(char.IsWhiteSpace)
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}
