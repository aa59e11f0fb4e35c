using System.Text.RegularExpressions;
using Annals.Model;
using Annals.Rendering;
using Annals.Timelines;
using Markdig.Syntax;
using static Annals.Tests.Rendering.RenderingTestData;

namespace Annals.Tests.Rendering;

/// <summary>Renders the <see cref="InjectionCorpus"/> in every text field and checks that none of it changes the
/// document's structure, produces HTML or links, or fails to come back as written.</summary>
public partial class InjectionTests
{
    private const string SafeUrl = "https://example.org/report?a=1&b=(2)";

    public static TheoryData<int, MarkdownStyle> Cases
    {
        get
        {
            var data = new TheoryData<int, MarkdownStyle>();
            for (var i = 0; i < InjectionCorpus.Texts.Length; i++)
            {
                data.Add(i, MarkdownStyle.List);
                data.Add(i, MarkdownStyle.Table);
            }

            return data;
        }
    }

    public static TheoryData<int> Indexes => [.. Enumerable.Range(0, InjectionCorpus.Texts.Length)];

    [Fact]
    public void Corpus_HasAtLeastThirtyEntries()
    {
        InjectionCorpus.Texts.Should().HaveCountGreaterThanOrEqualTo(30);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToMarkdown_HostileText_KeepsTheStructure(int index, MarkdownStyle style)
    {
        var tree = MarkdownTree.Parse(ChronologyMarkdown.ToMarkdown(Hostile(index), new MarkdownOptions { Style = style, IncludeMermaid = true }));

        tree.Headings.Should().HaveCount(3, "the title and the 2021 and 2025 groups");
        tree.Headings.Skip(1).Select(MarkdownTree.Text).Should().Equal("2021", "2025");
        if (style == MarkdownStyle.List)
        {
            tree.EventItems.Should().HaveCount(3);
            tree.Document.Descendants<ListBlock>().Should().HaveCount(2, "one list per group");
            tree.EventItems.Should().OnlyContain(i => i.Count == 1, "each item is one paragraph");
        }
        else
        {
            tree.Tables.Should().HaveCount(2);
            tree.BodyRows.Should().HaveCount(3).And.OnlyContain(r => r.Count == 5);
        }

        tree.Document.Descendants<FencedCodeBlock>().Should().ContainSingle();
        tree.Document.Descendants<QuoteBlock>().Should().BeEmpty();
        tree.Document.Descendants<CodeBlock>().Should().ContainSingle("only the Mermaid block");
        tree.Document.Descendants<ThematicBreakBlock>().Should().BeEmpty();
        tree.Footnotes.Should().HaveCount(1, "the two events cite the same source");
        tree.FootnoteReferences.Should().HaveCount(2).And.OnlyContain(r => r.Footnote != null);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToMarkdown_HostileText_ProducesNoHtmlAndNoForeignLinks(int index, MarkdownStyle style)
    {
        var tree = MarkdownTree.Parse(ChronologyMarkdown.ToMarkdown(Hostile(index), new MarkdownOptions { Style = style }));

        tree.HtmlBlocks.Should().BeEmpty();
        tree.HtmlInlines.Should().BeEmpty();
        tree.Links.Should().ContainSingle("only the source's title links to its URL")
            .Which.Url.Should().Be("https://example.org/report?a=1&b=(2)");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToMarkdown_HostileText_ComesBackAsWritten(int index, MarkdownStyle style)
    {
        var text = InjectionCorpus.Texts[index];
        var expected = Folded(text);
        var tree = MarkdownTree.Parse(ChronologyMarkdown.ToMarkdown(Hostile(index), new MarkdownOptions { Style = style }));

        MarkdownTree.Text(tree.Headings[0]).Should().Be(expected, "the timeline's title");
        MarkdownTree.Text((ParagraphBlock)tree.Document[1]).Should().Be(expected, "the introduction");
        var office = "Envoy " + expected + " ";
        if (style == MarkdownStyle.List)
        {
            var lines = MarkdownTree.Lines(tree.EventItems[1]);
            lines.Should().Equal(
                "3 February 2025: " + expected,
                expected,
                "Participants: " + office + expected + " (host), Plain Person (visitor)");
            MarkdownTree.AfterDate(tree.EventItems[0]).Should().Be(": " + expected);
        }
        else
        {
            var row = tree.BodyRows[1];
            MarkdownTree.CellText(row, 1).Should().Be(expected + " — " + expected);
            MarkdownTree.CellText(row, 2).Should().Be(office + expected + " (host), Plain Person (visitor)");
        }

        MarkdownTree.Text((ParagraphBlock)tree.Footnotes[0][0])
            .Should().Be($"{expected} ({Folded("by " + text)}), “{expected}”, 3 February 2025: “{expected}”");
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void ToMermaid_HostileText_StaysOneLineOfText(int index)
    {
        var text = InjectionCorpus.Texts[index];
        var mermaid = ChronologyMermaid.ToMermaid(Hostile(index));
        var lines = mermaid.TrimEnd('\n').Split('\n');

        lines.Should().HaveCount(6, "timeline, title, two sections and two period lines (the 3 February events share one)");
        lines[0].Should().Be("timeline");
        lines.Should().OnlyContain(l => !l.Contains("%%") && !l.Contains('<') && !l.Contains('>') && !l.Contains('&'));
        lines.Should().OnlyContain(l => EntityOrPlainHash().Replace(l, string.Empty).IndexOf('#') < 0, "every # is part of an entity code");
        var periods = lines.Where(l => l.StartsWith("        ", StringComparison.Ordinal)).ToList();
        periods.Should().HaveCount(2);
        periods.Should().OnlyContain(l => Regex.Count(l, ":") == Regex.Count(l, " : "), "a colon only separates");
        Decode(lines[1]).Should().Be("    title " + Folded(text));
        Decode(periods[1]).Should().Be("        3 February 2025 : " + Folded(text) + " : Plain event");
    }

    [Fact]
    public void Format_UnsafeUrls_AreWrittenAsTextNeverAsLinks()
    {
        string[] unsafeUrls =
        [
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
            "vbscript:msgbox", "//evil.example/x", "/relative", "http://", "https://exa mple.org",
            "ftp://example.org/f", "mailto:", "tel:+15551234",
        ];
        var citation = new SourceCitation(new DateLabelFormatter(DateTextFormat.Invariant), RenderText.English);

        foreach (var url in unsafeUrls)
        {
            var markdown = "x[^1]\n\n[^1]: " + citation.Format(new Source("P") { Url = url, Title = "T" }) + "\n";
            var tree = MarkdownTree.Parse(markdown);

            tree.Links.Should().BeEmpty(url);
            tree.HtmlInlines.Should().BeEmpty(url);
            MarkdownTree.Text((ParagraphBlock)tree.Footnotes[0][0]).Should().Be("P, “T”, " + Folded(url), url);
        }
    }

    [Theory]
    [InlineData("https://example.org/a b", "https://example.org/a%20b")]
    [InlineData("https://example.org/a>b<c", "https://example.org/a%3Eb%3Cc")]
    [InlineData("https://example.org/ñ?q=é", "https://example.org/%C3%B1?q=%C3%A9")]
    [InlineData("https://example.org/a\\b\"c`d", "https://example.org/a%5Cb%22c%60d")]
    [InlineData("mailto:someone@example.org", "mailto:someone@example.org")]
    public void Destination_SafeUrl_IsPercentEncodedInsidePointyBrackets(string url, string expected)
    {
        LinkPolicy.Destination(url).Should().Be("<" + expected + ">");
    }

    [Theory]
    [InlineData("https://example.org/x", true)]
    [InlineData("mailto:someone@example.org", true)]
    [InlineData("MAILTO:someone@example.org", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("mailto:", false)]
    [InlineData("mailto:no-at-sign", false)]
    [InlineData("ftp://example.org", false)]
    [InlineData(null, false)]
    public void IsSafe_AllowsOnlyWebAndMailLinks(string? url, bool expected)
    {
        LinkPolicy.IsSafe(url).Should().Be(expected);
    }

    [Fact]
    public void Format_WebUrlWithMarkup_StaysInsideItsLinkDestination()
    {
        var citation = new SourceCitation(new DateLabelFormatter(DateTextFormat.Invariant), RenderText.English);
        var tree = MarkdownTree.Parse("x[^1]\n\n[^1]: " + citation.Format(new Source("P") { Url = "https://example.org/>)<script>", Title = "T" }) + "\n");

        tree.Links.Should().ContainSingle().Which.Url.Should().Be("https://example.org/%3E)%3Cscript%3E");
        tree.HtmlInlines.Should().BeEmpty();
        MarkdownTree.Text((ParagraphBlock)tree.Footnotes[0][0]).Should().Be("P, “T”");
    }

    [Fact]
    public void Format_SafeUrlWithoutTitle_LinksTheUrlItself()
    {
        var citation = new SourceCitation(new DateLabelFormatter(DateTextFormat.Invariant), RenderText.English);
        var tree = MarkdownTree.Parse("x[^1]\n\n[^1]: " + citation.Format(new Source("P") { Url = "https://example.org/a_b*c" }) + "\n");

        tree.Links.Should().ContainSingle().Which.Url.Should().Be("https://example.org/a_b*c");
        MarkdownTree.Text((ParagraphBlock)tree.Footnotes[0][0]).Should().Be("P, https://example.org/a_b*c");
    }

    /// <summary>A timeline with the hostile text in every field the renderers print.</summary>
    private static Timeline Hostile(int index)
    {
        var text = InjectionCorpus.Texts[index];
        var source = new Source(text) { Author = "by " + text, Title = text, Quote = text, Url = SafeUrl, Published = D("2025-02-03") };
        var builder = Timeline.CreateBuilder();
        builder.Title = text;
        builder.Description = text;
        builder.AddActors(
        [
            new Actor("hostile", text) { Offices = [new Office("Envoy " + text, D("2020/2030"))] },
            new Actor("plain", "Plain Person"),
        ]);
        builder.Add(new Event("old", text, D("2021")) { Sources = [source] });
        builder.Add(new Event("hostile-event", text, D("2025-02-03"))
        {
            Summary = text,
            Participants = [Participant.Host("hostile"), Participant.Visitor("plain")],
            Sources = [source],
        });
        builder.Add(new Event("plain-event", "Plain event", D("2025-02-03")));
        return builder.ToImmutable();
    }

    private static string Decode(string line) => MermaidEntity().Replace(line, m => ((char)int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex("#([0-9]+);")]
    private static partial Regex MermaidEntity();

    [GeneratedRegex("#[0-9]+;")]
    private static partial Regex EntityOrPlainHash();
}
