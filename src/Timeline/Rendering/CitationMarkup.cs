namespace Annals.Rendering;

/// <summary>How <see cref="SourceCitation"/> writes a citation in one output format: how user text is escaped, which
/// URLs become links, and how a link is written.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal abstract class CitationMarkup
{
    /// <summary>Gets the Markdown markup: <see cref="MarkdownEscaper"/>, links for <see cref="LinkPolicy.IsSafe"/>
    /// URLs in the pointy-bracket form <c>[title](&lt;https://…&gt;)</c>.</summary>
    public static CitationMarkup Markdown { get; } = new MarkdownMarkup();

    /// <summary>Gets the HTML markup of a self-contained page: <see cref="HtmlEscaper"/>, <c>&lt;a href="…"&gt;</c>
    /// links for <c>http</c>, <c>https</c> and <c>mailto</c> URLs (<see cref="LinkPolicy.IsSafe"/>).</summary>
    public static CitationMarkup Html { get; } = new HtmlMarkup(LinkPolicy.IsSafe);

    /// <summary>Gets the HTML markup of a TimelineJS slide: as <see cref="Html"/>, but links only for <c>http</c> and
    /// <c>https</c> URLs (<see cref="Model.Source.IsWebUrl"/>).</summary>
    public static CitationMarkup HtmlWebLinks { get; } = new HtmlMarkup(Model.Source.IsWebUrl);

    /// <summary>Escapes user text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="atStart">Whether the text starts the citation (Markdown has extra rules for the start of a line).</param>
    /// <returns>The escaped text, on one line.</returns>
    public abstract string Escape(string? text, bool atStart);

    /// <summary>Tells whether a URL may become a link.</summary>
    /// <param name="url">The URL as the user wrote it.</param>
    /// <returns><see langword="true"/> when it may.</returns>
    public abstract bool CanLink(string? url);

    /// <summary>Writes a link.</summary>
    /// <param name="escapedText">The link text, already escaped.</param>
    /// <param name="url">A URL that passed <see cref="CanLink"/>.</param>
    /// <returns>The link.</returns>
    public abstract string Link(string escapedText, string url);

    private sealed class MarkdownMarkup : CitationMarkup
    {
        public override string Escape(string? text, bool atStart) =>
            atStart ? MarkdownEscaper.Escape(text) : MarkdownEscaper.EscapeInline(text);

        public override bool CanLink(string? url) => LinkPolicy.IsSafe(url);

        public override string Link(string escapedText, string url) =>
            "[" + escapedText + "](" + LinkPolicy.Destination(url) + ")";
    }

    private sealed class HtmlMarkup : CitationMarkup
    {
        private readonly Func<string?, bool> canLink;

        public HtmlMarkup(Func<string?, bool> canLink)
        {
            this.canLink = canLink;
        }

        public override string Escape(string? text, bool atStart) => HtmlEscaper.Escape(text);

        public override bool CanLink(string? url) => canLink(url);

        public override string Link(string escapedText, string url) =>
            "<a href=\"" + HtmlEscaper.EscapeVerbatim(url) + "\">" + escapedText + "</a>";
    }
}
