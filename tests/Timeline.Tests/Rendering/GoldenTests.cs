using System.Globalization;
using Annals.Rendering;
using Annals.Timelines;
using NodaTime;

namespace Annals.Tests.Rendering;

/// <summary>
/// The built-in sample rendered in each style and culture (Markdown, Mermaid, HTML and TimelineJS), compared byte for byte with the files in
/// <c>Rendering/Golden/</c>. To re-accept after an intended change, run the tests with <c>ANNALS_ACCEPT_GOLDEN=1</c>:
/// changed files are rewritten and their tests fail once ("golden file updated"); review with <c>git diff</c> and run
/// the tests again without the variable. See <see cref="GoldenFile"/> and docs/rendering.md.
/// </summary>
public class GoldenTests
{
    private static readonly Timeline Sample = Samples.ElSalvadorUnitedStates2025;

    /// <summary>The options of the rendered sample in docs/chronology.md.</summary>
    internal static MarkdownOptions DocsOptions { get; } = new() { IncludeTableOfContents = true, IncludeMermaid = true };

    [Theory]
    [InlineData(MarkdownStyle.List, "en-US")]
    [InlineData(MarkdownStyle.List, "en-GB")]
    [InlineData(MarkdownStyle.List, "es-SV")]
    [InlineData(MarkdownStyle.Table, "en-US")]
    [InlineData(MarkdownStyle.Table, "en-GB")]
    [InlineData(MarkdownStyle.Table, "es-SV")]
    public void ToMarkdown_Sample_MatchesGoldenFile(MarkdownStyle style, string culture)
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions { Style = style, Culture = CultureInfo.GetCultureInfo(culture) });

        GoldenFile.Verify($"sample.{style.ToString().ToLowerInvariant()}.{culture}.md", markdown);
    }

    [Fact]
    public void ToMarkdown_SampleWithContentsAndMermaid_MatchesGoldenFile()
    {
        GoldenFile.Verify("sample.contents-mermaid.md", ChronologyMarkdown.ToMarkdown(Sample, DocsOptions));
    }

    [Fact]
    public void ToMarkdown_SampleAsOfFirstApril_MatchesGoldenFile()
    {
        var asOf = Sample.AsOf(new LocalDate(2025, 4, 1));

        GoldenFile.Verify("sample.as-of-2025-04-01.md", ChronologyMarkdown.ToMarkdown(asOf, new MarkdownOptions { Order = ChronologyOrder.Descending }));
    }

    [Fact]
    public void ToMermaid_Sample_MatchesGoldenFile()
    {
        GoldenFile.Verify("sample.mmd", ChronologyMermaid.ToMermaid(Sample));
    }

    [Fact]
    public void ToMermaid_SampleInSpanishByMonth_MatchesGoldenFile()
    {
        var options = new MermaidOptions { Culture = CultureInfo.GetCultureInfo("es-SV"), Grouping = TimelineGrouping.Month };

        GoldenFile.Verify("sample.month.es-SV.mmd", ChronologyMermaid.ToMermaid(Sample, options));
    }

    [Fact]
    public void ToJson_Sample_MatchesGoldenFile()
    {
        GoldenFile.Verify("sample.timelinejs.json", ChronologyTimelineJs.ToJson(Sample));
    }

    [Fact]
    public void ToJson_SampleInSpanishByKindWithEras_MatchesGoldenFile()
    {
        var options = new TimelineJsOptions
        {
            Culture = CultureInfo.GetCultureInfo("es-SV"),
            Grouping = TimelineJsGrouping.Kind,
            IncludeEras = true,
        };

        GoldenFile.Verify("sample.timelinejs.kind-eras.es-SV.json", ChronologyTimelineJs.ToJson(Sample, options));
    }

    [Fact]
    public void ToHtml_Sample_MatchesGoldenFile()
    {
        GoldenFile.Verify("sample.html", ChronologyHtml.ToHtml(Sample));
    }

    [Fact]
    public void ToHtml_SampleInSpanishByMonth_MatchesGoldenFile()
    {
        var options = new HtmlOptions { Culture = CultureInfo.GetCultureInfo("es-SV"), Grouping = TimelineGrouping.Month };

        GoldenFile.Verify("sample.month.es-SV.html", ChronologyHtml.ToHtml(Sample, options));
    }

    [Fact]
    public void ToHtml_SampleAsOfFirstApril_MatchesGoldenFile()
    {
        var asOf = Sample.AsOf(new LocalDate(2025, 4, 1));

        GoldenFile.Verify("sample.as-of-2025-04-01.html", ChronologyHtml.ToHtml(asOf, new HtmlOptions { Order = ChronologyOrder.Descending }));
    }

    [Fact]
    public void DocsChronology_IsTheCurrentRenderingOfTheSample()
    {
        // docs/chronology.md is generated: re-accept it like a golden file when the renderer changes.
        GoldenFile.VerifyAt(RepositoryRoot.Combine("docs", "chronology.md"), ChronologyMarkdown.ToMarkdown(Sample, DocsOptions));
    }
}
