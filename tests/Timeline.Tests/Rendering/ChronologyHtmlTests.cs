using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Annals.Model;
using Annals.Rendering;
using Annals.Timelines;
using NodaTime;
using static Annals.Tests.Rendering.RenderingTestData;

namespace Annals.Tests.Rendering;

/// <summary>The self-contained HTML page, read with an XML parser: well-formed polyglot markup, no scripts or external
/// resources, the document's language and direction, one item per event, and escaping of hostile text.</summary>
public partial class ChronologyHtmlTests
{
    private const string SafeUrl = "https://example.org/report?a=1&b=(2)";

    private static readonly Timeline Sample = Samples.ElSalvadorUnitedStates2025;

    public static TheoryData<HtmlOptions> EveryLayout => new()
    {
        HtmlOptions.Default,
        new HtmlOptions { Grouping = TimelineGrouping.Month, Culture = CultureInfo.GetCultureInfo("es-SV") },
        new HtmlOptions { Grouping = TimelineGrouping.None, Order = ChronologyOrder.Descending, Culture = CultureInfo.GetCultureInfo("ar-SA") },
        new HtmlOptions { IncludeSources = false, IncludeParticipants = false, IncludeSummaries = false },
    };

    public static TheoryData<int> Indexes => [.. Enumerable.Range(0, InjectionCorpus.Texts.Length)];

    [Theory]
    [MemberData(nameof(EveryLayout))]
    public void ToHtml_AnyLayout_IsWellFormedPolyglotMarkup(HtmlOptions options)
    {
        var html = ChronologyHtml.ToHtml(Sample, options);

        html.Should().StartWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" ").And.EndWith("</html>\n");
        html.Should().NotContain("\r").And.NotContain(" \n");
        var tree = HtmlTree.Parse(html);
        tree.Root.Name.Should().Be(HtmlTree.Xhtml + "html");
        tree.Elements.Should().OnlyContain(e => e.Name.Namespace == HtmlTree.Xhtml && !e.Name.LocalName.Any(char.IsAsciiLetterUpper));
        tree.RawTagNames.Where(n => n != "DOCTYPE").Should().OnlyContain(n => HtmlTree.OwnElements.Contains(n));
        tree.All("meta").First().Attribute("charset")!.Value.Should().Be("utf-8");
        tree.All("title").Should().ContainSingle().Which.Value.Should().Be(Sample.Title);
        tree.All("h1").Should().ContainSingle().Which.Value.Should().Be(Sample.Title);
    }

    [Theory]
    [MemberData(nameof(EveryLayout))]
    public void ToHtml_AnyLayout_HasNoScriptsNoHandlersAndNoExternalResources(HtmlOptions options)
    {
        var tree = HtmlTree.Parse(ChronologyHtml.ToHtml(Sample, options));

        AssertSelfContained(tree);
    }

    [Theory]
    [InlineData(null, "en", "ltr")]
    [InlineData("", "en", "ltr")]
    [InlineData("en-GB", "en-GB", "ltr")]
    [InlineData("es-SV", "es-SV", "ltr")]
    [InlineData("ar-SA", "ar-SA", "rtl")]
    [InlineData("fa-IR", "fa-IR", "rtl")]
    [InlineData("he-IL", "he-IL", "rtl")]
    [InlineData("th-TH", "th-TH", "ltr")]
    public void ToHtml_Culture_SetsLangAndDir(string? culture, string lang, string dir)
    {
        var options = new HtmlOptions { Culture = culture is null ? null : CultureInfo.GetCultureInfo(culture) };

        var root = HtmlTree.Parse(ChronologyHtml.ToHtml(Sample, options)).Root;

        root.Attribute("lang")!.Value.Should().Be(lang);
        root.Attribute(XNamespace.Xml + "lang")!.Value.Should().Be(lang);
        root.Attribute("dir")!.Value.Should().Be(dir);
    }

    [Fact]
    public void ToHtml_Sample_HasOneItemPerEventInTimelineOrder()
    {
        var tree = HtmlTree.Parse(ChronologyHtml.ToHtml(Sample));

        tree.EventItems.Select(li => li.Attribute("id")!.Value).Should().Equal(Sample.Events.Select(e => "event-" + e.Id));
        tree.EventItems.Should().OnlyContain(li => li.Elements(HtmlTree.Xhtml + "h3").Count() == 1);
        tree.All("section").Select(s => s.Element(HtmlTree.Xhtml + "h2")!.Value).Should().Equal("2021", "2025", "Sources");
    }

    [Fact]
    public void ToHtml_Sample_WritesTheSameWordsAsTheMarkdown()
    {
        var tree = HtmlTree.Parse(ChronologyHtml.ToHtml(Sample));

        var call = tree.EventItems.Single(li => li.Attribute("id")!.Value == "event-trump-bukele-call");
        call.Elements().Select(HtmlTree.Text).Should().Equal(
            "c. late January 2025",
            "Trump and Bukele speak by phone2",
            "A few days after Trump took office, the two presidents discussed working together to stop illegal immigration and to " +
            "crack down on transnational gangs such as Tren de Aragua. Trump praised Bukele's leadership in the region.",
            "Participants: U.S. President Donald Trump (caller), Salvadoran President Nayib Bukele (callee)");
        tree.SourceItems.Should().HaveCount(9);
        tree.SourceItems[0].Value.Should().Be("NBC News, citing anonymous sources: “sign of support” ↑");
    }

    [Fact]
    public void ToHtml_Sample_EveryFragmentLinkHasATargetAndIdsAreUnique()
    {
        var tree = HtmlTree.Parse(ChronologyHtml.ToHtml(Sample));

        var ids = tree.Attributes.Where(a => a.Name == "id").Select(a => a.Value).ToList();
        ids.Should().OnlyHaveUniqueItems();
        var fragments = tree.All("a").Select(a => a.Attribute("href")!.Value).Where(h => h.StartsWith('#')).ToList();
        fragments.Should().HaveCount(18, "nine references to nine sources, and a link back from each source to its reference");
        fragments.Select(f => f[1..]).Should().OnlyContain(f => ids.Contains(f));
    }

    [Fact]
    public void ToHtml_SourceCitedTwice_LinksBackToBothReferences()
    {
        var source = new Source("Paper");
        var timeline = Timeline.Create([new Event("a", "A", D("2025-01-01")) { Sources = [source] }, new Event("b", "B", D("2025-01-02")) { Sources = [source, source] }]);

        var tree = HtmlTree.Parse(ChronologyHtml.ToHtml(timeline));

        tree.SourceItems.Should().ContainSingle().Which.Descendants(HtmlTree.Xhtml + "a").Select(a => a.Attribute("href")!.Value)
            .Should().Equal("#cite-1-1", "#cite-1-2");
        tree.EventItems[1].Descendants(HtmlTree.Xhtml + "sup").Should().ContainSingle().Which.Value.Should().Be("1", "a source an event lists twice is cited once");
    }

    [Theory]
    [InlineData("2025-02-03", "2025-02-03")]
    [InlineData("2025-04", "2025-04")]
    [InlineData("2021", "2021")]
    [InlineData("0800", "0800")]
    [InlineData("2025-02-03T10:30:00Z", "2025-02-03")]
    [InlineData("2025-04~", null)]
    [InlineData("2021?", null)]
    [InlineData("2025-01-2X", null)]
    [InlineData("2025-03-15/2025-03-16", null)]
    [InlineData("[2025-01-22..2025-01-24]", null)]
    [InlineData("2001-21", null)]
    [InlineData("202X", null)]
    [InlineData("-0043", null)]
    [InlineData("XXXX", null)]
    public void ToHtml_Date_IsATimeElementOnlyWhenExact(string edtf, string? datetime)
    {
        var tree = HtmlTree.Parse(ChronologyHtml.ToHtml(One(new Event("e", "E", D(edtf)))));

        var date = tree.EventItems.Single().Elements().First();
        date.Value.Should().Be(DateLabel.Format(D(edtf)));
        if (datetime is null)
        {
            date.Elements().Should().BeEmpty();
        }
        else
        {
            date.Elements().Should().ContainSingle().Which.Should().Match<XElement>(t => t.Name == HtmlTree.Xhtml + "time" && t.Attribute("datetime")!.Value == datetime);
        }
    }

    [Fact]
    public void ToHtml_SampleAsOfFirstApril_ShowsThePlanWithItsMonth()
    {
        var tree = HtmlTree.Parse(ChronologyHtml.ToHtml(Sample.AsOf(new LocalDate(2025, 4, 1))));

        var visit = tree.EventItems.Single(li => li.Attribute("id")!.Value == "event-bukele-white-house-visit");
        var date = visit.Elements().First();
        date.Value.Should().Be("April 2025 (planned)");
        date.Element(HtmlTree.Xhtml + "time")!.Attribute("datetime")!.Value.Should().Be("2025-04");
        visit.Element(HtmlTree.Xhtml + "h3")!.Value.Should().StartWith("Bukele visits Trump at the White House (reported)");
    }

    [Fact]
    public void ToHtml_OverduePlan_SaysNoOutcomeRecorded()
    {
        var plan = new Event("visit", "Visit", D("2025-04")) { Status = EventStatus.Planned };

        var tree = HtmlTree.Parse(ChronologyHtml.ToHtml(One(plan).AsOf(new LocalDate(2025, 5, 2))));

        tree.EventItems.Single().Elements().First().Value.Should().Be("planned for April 2025; no outcome recorded");
    }

    [Fact]
    public void ToHtml_Sample_HasAPrintStylesheetThatPrintsLinkAddresses()
    {
        var tree = HtmlTree.Parse(ChronologyHtml.ToHtml(Sample));

        var style = tree.All("style").Should().ContainSingle().Subject.Value;
        style.Should().Contain("@media print").And.MatchRegex(@"a\[href\][^{]*::after \{ content: "" \("" attr\(href\) ""\)"";");
        style.Should().NotContain("url(").And.NotContain("@import").And.NotContain("@font-face");
    }

    [Fact]
    public void ToHtml_EmptyTimeline_SaysNoEvents()
    {
        var tree = HtmlTree.Parse(ChronologyHtml.ToHtml(Timeline.Empty, new HtmlOptions { Culture = CultureInfo.GetCultureInfo("es-SV") }));

        tree.All("title").Single().Value.Should().Be("Cronología");
        tree.All("p").Select(p => p.Value).Should().Equal("No hay acontecimientos.");
        tree.EventItems.Should().BeEmpty();
        tree.All("section").Should().BeEmpty();
    }

    [Fact]
    public void ToHtml_UngroupedDescending_IsOneListNewestFirst()
    {
        var tree = HtmlTree.Parse(ChronologyHtml.ToHtml(Sample, new HtmlOptions { Grouping = TimelineGrouping.None, Order = ChronologyOrder.Descending }));

        tree.All("h2").Select(h => h.Value).Should().Equal("Sources");
        tree.EventItems.Select(li => li.Attribute("id")!.Value).Should().Equal(Sample.Events.Reverse().Select(e => "event-" + e.Id));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    [InlineData("javascript:alert(1)")]
    [InlineData("' onmouseover='alert(1)")]
    public void ToHtml_HostileTitle_IsEscaped(string title)
    {
        var html = ChronologyHtml.ToHtml(One(new Event("e", title, D("2025"))), new HtmlOptions { Title = title });

        var escaped = title.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);
        html.Should().Contain("<title>" + escaped + "</title>").And.Contain("<h3>" + escaped + "</h3>");
        html.Should().NotContain("<script").And.NotContain("<img");
        AssertSelfContained(HtmlTree.Parse(html));
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void ToHtml_HostileText_ChangesNoStructureAndComesBackAsWritten(int index)
    {
        var text = InjectionCorpus.Texts[index];
        var expected = Folded(text);
        var baseline = HtmlTree.Parse(ChronologyHtml.ToHtml(Hostile("Plain text")));

        var tree = HtmlTree.Parse(ChronologyHtml.ToHtml(Hostile(text)));

        tree.Skeleton.Should().Equal(baseline.Skeleton, "user text adds no element or attribute and changes no attribute");
        tree.RawTagNames.Where(n => n != "DOCTYPE").Should().OnlyContain(n => HtmlTree.OwnElements.Contains(n));
        AssertSelfContained(tree);
        tree.All("title").Single().Value.Should().Be(expected);
        tree.All("h1").Single().Value.Should().Be(expected);
        tree.All("p").First(p => (string?)p.Attribute("class") == "introduction").Value.Should().Be(expected);
        var item = tree.EventItems[1].Elements().ToList();
        item[1].Value.Should().Be(expected + "1");
        item[2].Value.Should().Be(expected);
        item[3].Value.Should().Be("Participants: Envoy " + expected + " " + expected + " (host), Plain Person (visitor)");
        tree.SourceItems.Single().Value.Should().Be($"{expected} ({Folded("by " + text)}), “{expected}”, 3 February 2025: “{expected}” ↑ ↑");
        tree.SourceItems.Single().Descendants(HtmlTree.Xhtml + "a").First().Attribute("href")!.Value.Should().Be(SafeUrl);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//evil.example/x")]
    [InlineData("ftp://example.org/f")]
    [InlineData("https://exa mple.org")]
    public void Format_UnsafeUrl_IsTextNotALink(string url)
    {
        var citation = new SourceCitation(new DateLabelFormatter(DateTextFormat.Invariant), RenderText.English, CitationMarkup.Html);

        var html = citation.Format(new Source("P") { Url = url, Title = "T" });

        var element = XElement.Parse("<li>" + html + "</li>");
        element.Descendants("a").Should().BeEmpty();
        element.Value.Should().Be("P, “T”, " + url);
    }

    [Theory]
    [InlineData("https://example.org/a?b=1&c=\"2\"'")]
    [InlineData("mailto:someone@example.org")]
    public void Format_SafeUrl_IsAQuotedEscapedLink(string url)
    {
        var citation = new SourceCitation(new DateLabelFormatter(DateTextFormat.Invariant), RenderText.English, CitationMarkup.Html);

        var element = XElement.Parse("<li>" + citation.Format(new Source("P") { Url = url, Title = "T" }) + "</li>");

        element.Descendants("a").Should().ContainSingle().Which.Attribute("href")!.Value.Should().Be(url);
        element.Value.Should().Be("P, “T”");
    }

    [Fact]
    public void ToHtml_LoneSurrogateAndNoncharacters_BecomeReplacementCharacters()
    {
        var html = ChronologyHtml.ToHtml(One(new Event("e", "a\uD800b\uFFFEc\uDC00", D("2025"))));

        HtmlTree.Parse(html).All("h3").Single().Value.Should().Be("a\uFFFDb\uFFFDc\uFFFD");
    }

    [Theory]
    [MemberData(nameof(EveryLayout))]
    public void Write_WriterWithCrLfNewLine_WritesLineFeedsOnly(HtmlOptions options)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };

        ChronologyHtml.Write(Sample, writer, options);

        writer.ToString().Should().NotContain("\r").And.Be(ChronologyHtml.ToHtml(Sample, options));
    }

    [Fact]
    public void Options_UndefinedGroupingOrOrder_Throw()
    {
        var grouping = () => new HtmlOptions { Grouping = (TimelineGrouping)9 };
        var order = () => new HtmlOptions { Order = (ChronologyOrder)9 };

        grouping.Should().Throw<ArgumentOutOfRangeException>();
        order.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static void AssertSelfContained(HtmlTree tree)
    {
        tree.All("script").Should().BeEmpty();
        tree.Elements.Select(e => e.Name.LocalName).Should().NotContain(["link", "img", "iframe", "object", "embed", "base", "form", "svg", "video", "audio"]);
        tree.Attributes.Select(a => a.Name.LocalName.ToLowerInvariant()).Should().NotContain(n => n.StartsWith("on", StringComparison.Ordinal));
        tree.Attributes.Select(a => a.Name.LocalName).Should().NotContain(["src", "srcset", "style", "action", "formaction", "background", "poster"]);
        tree.All("a").Select(a => a.Attribute("href")!.Value).Where(h =>
            !h.StartsWith('#') && !h.StartsWith("https://", StringComparison.Ordinal) && !h.StartsWith("http://", StringComparison.Ordinal)
            && !h.StartsWith("mailto:", StringComparison.Ordinal)).Should().BeEmpty("links are fragments or source links");
        tree.All("meta").Where(m => m.Attribute("http-equiv") is not null).Should().ContainSingle()
            .Which.Attribute("content")!.Value.Should().StartWith("default-src 'none'");
        NoRawHandler().IsMatch(tree.Html).Should().BeFalse("no event-handler attribute in any tag");
    }

    private static Timeline Hostile(string text)
    {
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

    /// <summary>An attribute whose name starts with "on" inside a tag (between <c>&lt;</c> and <c>&gt;</c>).</summary>
    [GeneratedRegex(@"<[a-z][^<>]*\son[a-z]*\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex NoRawHandler();
}
