using System.Globalization;
using Annals.Rendering;
using Annals.Timelines;

namespace Annals.Tests.Rendering;

public class CultureTests
{
    private static readonly Timeline Sample = Samples.ElSalvadorUnitedStates2025;

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("ja-JP")]
    public void ToMarkdown_AnyCurrentCulture_GivesTheSameOutput(string current)
    {
        var options = new[]
        {
            MarkdownOptions.Default,
            new MarkdownOptions { Style = MarkdownStyle.Table, IncludeMermaid = true, IncludeTableOfContents = true },
            new MarkdownOptions { Culture = CultureInfo.GetCultureInfo("es-SV"), Grouping = TimelineGrouping.Month },
        };
        var expected = WithCurrentCulture(CultureInfo.InvariantCulture, () => options.Select(o => ChronologyMarkdown.ToMarkdown(Sample, o)).ToList());

        var actual = WithCurrentCulture(CultureInfo.GetCultureInfo(current), () => options.Select(o => ChronologyMarkdown.ToMarkdown(Sample, o)).ToList());

        actual.Should().Equal(expected);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public void ToMermaid_AnyCurrentCulture_GivesTheSameOutput(string current)
    {
        var expected = WithCurrentCulture(CultureInfo.InvariantCulture, () => ChronologyMermaid.ToMermaid(Sample));

        WithCurrentCulture(CultureInfo.GetCultureInfo(current), () => ChronologyMermaid.ToMermaid(Sample)).Should().Be(expected);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public void ToHtml_AnyCurrentCulture_GivesTheSameOutput(string current)
    {
        var options = new[]
        {
            HtmlOptions.Default,
            new HtmlOptions { Culture = CultureInfo.GetCultureInfo("es-SV"), Grouping = TimelineGrouping.Month },
            new HtmlOptions { Culture = CultureInfo.GetCultureInfo("ar-SA"), Order = ChronologyOrder.Descending },
            new HtmlOptions { Culture = CultureInfo.GetCultureInfo("tr-TR"), Grouping = TimelineGrouping.None },
        };
        var expected = WithCurrentCulture(CultureInfo.InvariantCulture, () => options.Select(o => ChronologyHtml.ToHtml(Sample, o)).ToList());

        var actual = WithCurrentCulture(CultureInfo.GetCultureInfo(current), () => options.Select(o => ChronologyHtml.ToHtml(Sample, o)).ToList());

        actual.Should().Equal(expected);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public void ToJson_AnyCurrentCulture_GivesTheSameBytes(string current)
    {
        var options = new[]
        {
            TimelineJsOptions.Default,
            new TimelineJsOptions { Culture = CultureInfo.GetCultureInfo("es-SV"), Grouping = TimelineJsGrouping.Kind, IncludeEras = true },
            new TimelineJsOptions { Culture = CultureInfo.GetCultureInfo("fa-IR"), Grouping = TimelineJsGrouping.Actor, Indented = false },
        };
        var expected = WithCurrentCulture(CultureInfo.InvariantCulture, () => options.Select(o => Utf8(Sample, o)).ToList());

        var actual = WithCurrentCulture(CultureInfo.GetCultureInfo(current), () => options.Select(o => Utf8(Sample, o)).ToList());

        actual.Should().HaveCount(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            actual[i].Should().Equal(expected[i]);
        }
    }

    [Theory]
    [InlineData("es-SV", "## febrero de 2025", "**3 de febrero de 2025**")]
    [InlineData("fr-FR", "## février 2025", "**3 février 2025**")]
    [InlineData("en-US", "## February 2025", "**February 3, 2025**")]
    [InlineData("th-TH", "## กุมภาพันธ์ 2025", "**3 กุมภาพันธ์ 2025**")]
    [InlineData("ar-SA", "## فبراير 2025", "**3 فبراير 2025**")]
    public void ToMarkdown_NamedCulture_WritesGregorianMonthNamesAndYears(string culture, string heading, string date)
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions
        {
            Culture = new CultureInfo(culture),
            Grouping = TimelineGrouping.Month,
        });

        markdown.Should().Contain("\n" + heading + "\n").And.Contain("- " + date + ":");
        markdown.Should().NotContain("2568").And.NotContain("1446").And.NotContain("1403");
    }

    [Fact]
    public void ToMarkdown_CultureWhoseCalendarWasChanged_StillWritesGregorianMonths()
    {
        var thai = new CultureInfo("th-TH");
        thai.DateTimeFormat.Calendar = new ThaiBuddhistCalendar();
        var arabic = new CultureInfo("ar-SA");
        arabic.DateTimeFormat.Calendar = new HijriCalendar();

        DateLabel.Format(Annals.Dates.EdtfDate.Month(2025, 2), thai).Should().Be("กุมภาพันธ์ 2025");
        DateLabel.Format(Annals.Dates.EdtfDate.Month(2025, 2), arabic).Should().Be("فبراير 2025");
    }

    [Fact]
    public void ToMarkdown_NonSpanishCulture_FallsBackToEnglishWords()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions { Culture = CultureInfo.GetCultureInfo("fr-FR") });

        markdown.Should().Contain("- **c. late janvier 2025**: Trump and Bukele speak by phone").And.Contain("Participants: ");
    }

    private static byte[] Utf8(Timeline timeline, TimelineJsOptions options)
    {
        using var stream = new MemoryStream();
        ChronologyTimelineJs.Write(timeline, stream, options);
        return stream.ToArray();
    }

    private static T WithCurrentCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (savedCulture, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
