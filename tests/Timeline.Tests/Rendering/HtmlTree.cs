using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Annals.Tests.Rendering;

/// <summary>An HTML page read by an XML parser (<see cref="XmlReader"/>), which the renderer's polyglot markup allows:
/// any markup that is not well-formed XML fails the parse.</summary>
internal sealed partial class HtmlTree
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>The elements the renderer writes; any other tag in the raw text came from somewhere else.</summary>
    public static readonly IReadOnlySet<string> OwnElements = new HashSet<string>(StringComparer.Ordinal)
    {
        "html", "head", "meta", "title", "style", "body", "header", "h1", "p", "main", "section", "h2", "ol", "li",
        "time", "h3", "sup", "a", "span",
    };

    private HtmlTree(string html, XDocument document)
    {
        Html = html;
        Document = document;
    }

    public string Html { get; }

    public XDocument Document { get; }

    public XElement Root => Document.Root!;

    public IEnumerable<XElement> Elements => Root.DescendantsAndSelf();

    public IEnumerable<XAttribute> Attributes => Elements.SelectMany(e => e.Attributes());

    /// <summary>The event items: the <c>li</c> children of every <c>ol class="events"</c>.</summary>
    public IReadOnlyList<XElement> EventItems =>
        [.. Elements.Where(e => e.Name == Xhtml + "ol" && (string?)e.Attribute("class") == "events").SelectMany(e => e.Elements(Xhtml + "li"))];

    /// <summary>The items of the list of sources.</summary>
    public IReadOnlyList<XElement> SourceItems =>
        [.. Elements.Where(e => e.Name == Xhtml + "section" && (string?)e.Attribute("class") == "sources")
            .SelectMany(e => e.Elements(Xhtml + "ol").Elements(Xhtml + "li"))];

    public static HtmlTree Parse(string html)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            CheckCharacters = true,
            ConformanceLevel = ConformanceLevel.Document,
        };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        return new HtmlTree(html, XDocument.Load(reader, LoadOptions.None));
    }

    public IEnumerable<XElement> All(string localName) => Elements.Where(e => e.Name == Xhtml + localName);

    /// <summary>The tag names in the raw text, as an HTML parser would see them start.</summary>
    public IEnumerable<string> RawTagNames => RawTag().Matches(Html).Select(m => m.Groups[1].Value);

    /// <summary>The structure of the page: every element with its attributes, without any text.</summary>
    public IReadOnlyList<string> Skeleton =>
        [.. Elements.Select(e => e.Name.LocalName + string.Concat(e.Attributes().Select(a => " " + a.Name + "=" + a.Value)))];

    public static string Text(XElement element) => element.Value;

    [GeneratedRegex("<[/!]?([A-Za-z][A-Za-z0-9]*)")]
    private static partial Regex RawTag();
}
