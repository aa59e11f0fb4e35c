using System.Globalization;
using Annals.Rendering;
using Annals.Timelines;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using NodaTime;

namespace Annals.Tests.Rendering;

/// <summary>Parses the rendered sample with Markdig and checks the structure a reader (and GitHub) gets.</summary>
public class MarkdownStructureTests
{
    private static readonly Timeline Sample = Samples.ElSalvadorUnitedStates2025;

    public static TheoryData<MarkdownStyle, string?> StylesAndCultures
    {
        get
        {
            var data = new TheoryData<MarkdownStyle, string?>();
            foreach (var style in new[] { MarkdownStyle.List, MarkdownStyle.Table })
            {
                foreach (var culture in new[] { null, "en-US", "en-GB", "es-SV", "fr-FR" })
                {
                    data.Add(style, culture);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(StylesAndCultures))]
    public void ToMarkdown_Sample_HasOneHeadingPerGroupAfterTheTitle(MarkdownStyle style, string? culture)
    {
        var tree = Render(style, culture);

        tree.Headings.Select(h => (h.Level, MarkdownTree.Text(h))).Should().Equal(
            (1, "El Salvador–United States relations, 2021–2025"), (2, "2021"), (2, "2025"));
    }

    [Theory]
    [MemberData(nameof(StylesAndCultures))]
    public void ToMarkdown_Sample_HasOneItemOrRowPerEvent(MarkdownStyle style, string? culture)
    {
        var tree = Render(style, culture);

        if (style == MarkdownStyle.List)
        {
            tree.EventItems.Should().HaveCount(Sample.Count);
            tree.Tables.Should().BeEmpty();
        }
        else
        {
            tree.BodyRows.Should().HaveCount(Sample.Count);
            tree.Tables.Should().HaveCount(2);
            tree.BodyRows.Should().OnlyContain(r => r.Count == 5);
        }
    }

    [Theory]
    [MemberData(nameof(StylesAndCultures))]
    public void ToMarkdown_Sample_DefinesAFootnoteForEveryReference(MarkdownStyle style, string? culture)
    {
        var tree = Render(style, culture);

        tree.FootnoteReferences.Should().HaveCount(Sample.Sum(e => e.Sources.Length));
        tree.FootnoteReferences.Should().OnlyContain(r => r.Footnote != null, "a reference without a definition is left as text");
        tree.Footnotes.Should().HaveCount(Sample.SelectMany(e => e.Sources).Distinct().Count());
        tree.Footnotes.Select(f => f.Order).Should().BeInAscendingOrder();
    }

    [Theory]
    [MemberData(nameof(StylesAndCultures))]
    public void ToMarkdown_Sample_HasNoHtmlAndNoLinks(MarkdownStyle style, string? culture)
    {
        var tree = Render(style, culture);

        tree.HtmlBlocks.Should().BeEmpty();
        tree.HtmlInlines.Should().BeEmpty();
        tree.Links.Should().BeEmpty("no source of the sample has a URL");
    }

    [Theory]
    [MemberData(nameof(StylesAndCultures))]
    public void ToMarkdown_Sample_TitlesComeBackFromTheParseAsWritten(MarkdownStyle style, string? culture)
    {
        var tree = Render(style, culture);

        var titles = style == MarkdownStyle.List
            ? tree.EventItems.Select(i => MarkdownTree.AfterDate(i)).ToList()
            : tree.BodyRows.Select(r => TableTitle(r)).ToList();
        var certainty = culture == "es-SV" ? new[] { " (en disputa)", " (según informes)" } : [" (disputed)", " (reported)"];

        titles.Select(t => style == MarkdownStyle.List ? t[2..] : t)
            .Select(t => certainty.Aggregate(t, (text, suffix) => text.EndsWith(suffix, StringComparison.Ordinal) ? text[..^suffix.Length] : text))
            .Should().Equal(Sample.Select(e => e.Title));
    }

    [Fact]
    public void ToMarkdown_ListItem_KeepsSummaryAndParticipantsInsideTheItemOnTheirOwnLines()
    {
        var tree = Render(MarkdownStyle.List, null);

        var call = tree.EventItems[2];
        call.Should().ContainSingle("the summary and participants continue the item's paragraph");
        MarkdownTree.Lines(call).Should().Equal(
            "c. late January 2025: Trump and Bukele speak by phone",
            Sample.Find("trump-bukele-call")!.Summary,
            "Participants: U.S. President Donald Trump (caller), Salvadoran President Nayib Bukele (callee)");
    }

    [Theory]
    [InlineData(null, TimelineGrouping.Year)]
    [InlineData("fr-FR", TimelineGrouping.Month)]
    [InlineData("es-SV", TimelineGrouping.Month)]
    public void ToMarkdown_TableOfContents_LinksResolveToTheGroupHeadings(string? culture, TimelineGrouping grouping)
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions
        {
            IncludeTableOfContents = true,
            Grouping = grouping,
            Culture = culture is null ? null : CultureInfo.GetCultureInfo(culture),
        });
        var tree = MarkdownTree.Parse(markdown);

        var ids = tree.Headings.Select(h => h.GetAttributes().Id).ToList();
        var anchors = tree.Links.Select(l => l.Url!).ToList();
        anchors.Should().NotBeEmpty().And.OnlyContain(a => a.StartsWith('#'));
        anchors.Select(a => a[1..]).Should().BeSubsetOf(ids!);
        anchors.Should().HaveCount(tree.Headings.Count - 2, "every heading but the title and the contents is linked");
    }

    [Fact]
    public void ToMarkdown_TableOfContentsWithRepeatedHeading_LinksToGitHubsNumberedAnchor()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions { IncludeTableOfContents = true, Title = "2025" });
        var tree = MarkdownTree.Parse(markdown);

        markdown.Should().Contain("- [2025](#2025-1)");
        tree.Headings.Select(h => h.GetAttributes().Id).Should().Contain("2025-1");
    }

    [Fact]
    public void ToMarkdown_IncludeMermaid_AddsOneMermaidCodeBlockAndNothingElse()
    {
        var plain = Render(MarkdownStyle.List, null);
        var tree = MarkdownTree.Parse(ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions { IncludeMermaid = true }));

        tree.Document.Descendants<FencedCodeBlock>().Should().ContainSingle().Which.Info.Should().Be("mermaid");
        tree.EventItems.Should().HaveCount(plain.EventItems.Count);
        tree.Headings.Should().HaveCount(plain.Headings.Count);
    }

    [Fact]
    public void ToMarkdown_AsOfApril_ReusesTheSharedSourcesFootnote()
    {
        var tree = MarkdownTree.Parse(ChronologyMarkdown.ToMarkdown(Sample.AsOf(new LocalDate(2025, 4, 1))));

        tree.FootnoteReferences.Should().HaveCount(9);
        tree.Footnotes.Should().HaveCount(8);
        tree.FootnoteReferences.Should().OnlyContain(r => r.Footnote != null);
    }

    private static MarkdownTree Render(MarkdownStyle style, string? culture) =>
        MarkdownTree.Parse(ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions
        {
            Style = style,
            Culture = culture is null ? null : CultureInfo.GetCultureInfo(culture),
        }));

    private static string TableTitle(Markdig.Extensions.Tables.TableRow row)
    {
        var cell = (Markdig.Extensions.Tables.TableCell)row[1];
        var paragraph = cell.OfType<ParagraphBlock>().Single();
        return MarkdownTree.Text(paragraph.Inline!.FirstChild);
    }
}
