using System.Globalization;
using System.Text;
using Annals.Model;
using Annals.Rendering;
using Annals.Timelines;
using NodaTime;
using static Annals.Tests.Rendering.RenderingTestData;

namespace Annals.Tests.Rendering;

public class ChronologyMarkdownTests
{
    private static readonly Timeline Sample = Samples.ElSalvadorUnitedStates2025;

    public static TheoryData<MarkdownOptions> EveryLayout => new()
    {
        MarkdownOptions.Default,
        new MarkdownOptions { Style = MarkdownStyle.Table },
        new MarkdownOptions { IncludeMermaid = true, IncludeTableOfContents = true },
        new MarkdownOptions { Style = MarkdownStyle.Table, Grouping = TimelineGrouping.Month, Culture = CultureInfo.GetCultureInfo("es-SV") },
        new MarkdownOptions { Grouping = TimelineGrouping.None, Order = ChronologyOrder.Descending },
    };

    [Theory]
    [MemberData(nameof(EveryLayout))]
    public void Write_WriterWithCrLfNewLine_WritesLineFeedsOnly(MarkdownOptions options)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };

        ChronologyMarkdown.Write(Sample, writer, options);

        writer.ToString().Should().NotContain("\r");
    }

    [Theory]
    [MemberData(nameof(EveryLayout))]
    public void ToMarkdown_AnyLayout_HasNoTrailingSpacesAndEndsWithExactlyOneNewline(MarkdownOptions options)
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample, options);

        markdown.Should().EndWith("\n").And.NotEndWith("\n\n");
        markdown.Split('\n').Should().NotContain(line => line.EndsWith(' ') || line.EndsWith('\t'));
        markdown.Should().NotContain("\n\n\n", "blocks are separated by exactly one blank line");
    }

    [Fact]
    public void ToMarkdown_Sample_WritesTitleHeadingIntroductionAndYearHeadings()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample);

        markdown.Should().StartWith("# El Salvador–United States relations, 2021–2025\n\nHow relations between El Salvador");
        markdown.Should().Contain("\n## 2021\n").And.Contain("\n## 2025\n");
    }

    [Fact]
    public void ToMarkdown_Sample_WritesEventWithDateTitleFootnoteSummaryAndParticipants()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample);

        markdown.Should().Contain(
            "- **c. late January 2025**: Trump and Bukele speak by phone[^2]\\\n" +
            "  A few days after Trump took office, the two presidents discussed working together to stop illegal immigration and to crack down on transnational gangs such as Tren de Aragua. Trump praised Bukele's leadership in the region.\\\n" +
            "  Participants: U.S. President Donald Trump (caller), Salvadoran President Nayib Bukele (callee)\n");
    }

    [Fact]
    public void ToMarkdown_Participants_NameTheOfficeHeldOnTheEventsDate()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample);

        markdown.Should().Contain("Participants: U.S. Secretary of State Marco Rubio (visitor), Salvadoran President Nayib Bukele (host)");
        markdown.Should().Contain("Participants: Joe Biden (host), Salvadoran President Nayib Bukele (visitor)",
            "Biden was not president throughout 2021, so no office is claimed for him");
    }

    [Fact]
    public void ToMarkdown_SingleRole_WritesNoRole()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample);

        markdown.Should().Contain("- **20 January 2025**: Donald Trump takes office for a second term\\\n  Participants: U.S. President Donald Trump\n");
    }

    [Fact]
    public void ToMarkdown_PlannedReportedEvent_WritesStatusWithTheDateAndCertaintyAfterTheTitle()
    {
        var asOfApril = Sample.AsOf(new LocalDate(2025, 4, 1));

        var markdown = ChronologyMarkdown.ToMarkdown(asOfApril);

        markdown.Should().Contain("- **April 2025 (planned)**: Bukele visits Trump at the White House (reported)[^7]\\\n");
        markdown.Should().Contain("- **2021**: Biden reportedly turns down a meeting with Bukele (disputed)[^1]");
    }

    [Theory]
    [InlineData(EventStatus.Postponed, Certainty.Alleged, "**2025 (postponed)**: T (alleged)", "postponed, alleged")]
    [InlineData(EventStatus.Cancelled, Certainty.Confirmed, "**2025 (cancelled)**: T\n", "cancelled")]
    [InlineData(EventStatus.Occurred, Certainty.Reported, "**2025**: T (reported)", "reported")]
    public void ToMarkdown_StatusAndCertainty_AreWrittenInWords(EventStatus status, Certainty certainty, string listText, string statusCell)
    {
        var timeline = One(new Event("e", "T", D("2025")) { Status = status, Certainty = certainty });

        ChronologyMarkdown.ToMarkdown(timeline).Should().Contain(listText);
        ChronologyMarkdown.ToMarkdown(timeline, new MarkdownOptions { Style = MarkdownStyle.Table })
            .Should().Contain("| 2025 | **T** | | " + statusCell + " | |");
    }

    [Fact]
    public void ToMarkdown_SpanishCulture_WritesSpanishWords()
    {
        var asOfApril = Sample.AsOf(new LocalDate(2025, 4, 1));

        var markdown = ChronologyMarkdown.ToMarkdown(asOfApril, new MarkdownOptions { Culture = CultureInfo.GetCultureInfo("es-SV") });

        markdown.Should().Contain("- **abril de 2025 (previsto)**: Bukele visits Trump at the White House (según informes)");
        markdown.Should().Contain("Participantes: Salvadoran President Nayib Bukele (visitante), U.S. President Donald Trump (anfitrión)");
        markdown.Should().Contain("[^1]: NBC News, citando fuentes anónimas: «sign of support»");
    }

    [Fact]
    public void ToMarkdown_SourceCitedByTwoEvents_IsDefinedOnceAndReferencedByBoth()
    {
        var asOfApril = Sample.AsOf(new LocalDate(2025, 4, 1));

        var markdown = ChronologyMarkdown.ToMarkdown(asOfApril);

        markdown.Should().Contain("next month (reported)[^7]").And.Contain("White House (reported)[^7]");
        markdown.Should().Contain("[^7]: Nick Sortor (@nicksortor), 28 March 2025: “🚨 JUST IN:");
        CountOf(markdown, "[^7]: ").Should().Be(1);
        CountOf(markdown, "\n[^").Should().Be(8, "eight distinct sources are cited by nine references");
    }

    [Fact]
    public void ToMarkdown_Descending_ReversesGroupsAndEventsAndNumbersFootnotesInReadingOrder()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions { Order = ChronologyOrder.Descending });

        markdown.IndexOf("## 2025", StringComparison.Ordinal).Should().BeLessThan(markdown.IndexOf("## 2021", StringComparison.Ordinal));
        markdown.IndexOf("14 April 2025", StringComparison.Ordinal).Should().BeLessThan(markdown.IndexOf("20 January 2025", StringComparison.Ordinal));
        markdown.Should().Contain("- **14 April 2025**: Bukele visits Trump at the White House[^1]");
        markdown.Should().Contain("[^1]: The White House, 14 April 2025");
    }

    [Fact]
    public void ToMarkdown_UndatedEvent_GoesUnderALastUndatedHeadingInBothOrders()
    {
        var timeline = Timeline.Create(
        [
            new Event("dated", "Dated", D("2025-02-03")),
            new Event("undated", "Year unknown", D("XXXX")),
            new Event("older", "Older", D("2021")),
        ]);

        var ascending = ChronologyMarkdown.ToMarkdown(timeline);
        var descending = ChronologyMarkdown.ToMarkdown(timeline, new MarkdownOptions { Order = ChronologyOrder.Descending });

        ascending.Should().Contain("## 2021\n\n- **2021**: Older\n\n## 2025\n\n- **3 February 2025**: Dated\n\n## Undated\n\n- **undated**: Year unknown\n");
        descending.Should().Contain("## 2025\n\n- **3 February 2025**: Dated\n\n## 2021\n\n- **2021**: Older\n\n## Undated\n");
    }

    [Fact]
    public void ToMarkdown_MonthGrouping_WritesMonthHeadingsInTheCulture()
    {
        var english = ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions { Grouping = TimelineGrouping.Month, Culture = CultureInfo.GetCultureInfo("en-US") });
        var spanish = ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions { Grouping = TimelineGrouping.Month, Culture = CultureInfo.GetCultureInfo("es-SV") });

        english.Should().Contain("\n## 2021\n").And.Contain("\n## January 2025\n").And.Contain("\n## March 2025\n").And.Contain("\n## April 2025\n");
        spanish.Should().Contain("\n## enero de 2025\n").And.Contain("\n## febrero de 2025\n").And.Contain("\n## abril de 2025\n");
    }

    [Fact]
    public void ToMarkdown_NoGrouping_WritesNoGroupHeadings()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions { Grouping = TimelineGrouping.None });

        markdown.Split('\n').Where(l => l.StartsWith('#')).Should().ContainSingle();
    }

    [Fact]
    public void ToMarkdown_TitleAndIntroductionOptions_OverrideTheTimelines()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions { Title = "Bukele and Washington", Introduction = "As of *today*." });

        markdown.Should().StartWith("# Bukele and Washington\n\nAs of \\*today\\*.\n\n## 2021\n");
    }

    [Fact]
    public void ToMarkdown_NoTitleAndBlankIntroduction_StartsWithTheFirstGroup()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions { IncludeTitle = false, Introduction = " " });

        markdown.Should().StartWith("## 2021\n");
    }

    [Fact]
    public void ToMarkdown_BlankTitleOption_UsesTheTimelinesTitle()
    {
        ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions { Title = " " }).Should().StartWith("# El Salvador–United States relations, 2021–2025\n");
    }

    [Fact]
    public void ToMarkdown_UntitledTimeline_UsesTheDefaultTitle()
    {
        var timeline = One(new Event("e", "T", D("2025")));

        ChronologyMarkdown.ToMarkdown(timeline).Should().StartWith("# Chronology\n\n## 2025\n");
        ChronologyMarkdown.ToMarkdown(timeline, new MarkdownOptions { Culture = CultureInfo.GetCultureInfo("es-ES") }).Should().StartWith("# Cronología\n");
    }

    [Fact]
    public void ToMarkdown_HeadingLevel_ShiftsTitleAndGroupHeadings()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions { HeadingLevel = 3 });

        markdown.Should().StartWith("### El Salvador").And.Contain("\n#### 2021\n");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void HeadingLevel_OutOfRange_Throws(int level)
    {
        var act = () => new MarkdownOptions { HeadingLevel = level };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Options_UndefinedEnumValues_Throw()
    {
        ((Action)(() => _ = new MarkdownOptions { Style = (MarkdownStyle)9 })).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = new MarkdownOptions { Order = (ChronologyOrder)9 })).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = new MarkdownOptions { Grouping = (TimelineGrouping)9 })).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ToMarkdown_EmptyTimeline_SaysThereAreNoEvents()
    {
        ChronologyMarkdown.ToMarkdown(Timeline.Empty).Should().Be("# Chronology\n\nNo events.\n");
    }

    [Fact]
    public void ToMarkdown_Table_WritesOneTablePerGroupWithTheFiveColumns()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions { Style = MarkdownStyle.Table });

        CountOf(markdown, "| Date | Event | Participants | Status | Sources |\n| --- | --- | --- | --- | --- |\n").Should().Be(2);
        markdown.Should().Contain("| 15–16 March 2025 | **The United States deports over 250 people to El Salvador** — The Trump administration deported");
        markdown.Should().Contain("| United States (sender), El Salvador (receiver) | | [^5] [^6] |\n");
    }

    [Fact]
    public void ToMarkdown_TableWithoutParticipantsAndSources_DropsThoseColumns()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions
        {
            Style = MarkdownStyle.Table,
            IncludeParticipants = false,
            IncludeSources = false,
            IncludeSummaries = false,
        });

        markdown.Should().Contain("| Date | Event | Status |\n| --- | --- | --- |\n| 2021 | **Biden reportedly turns down a meeting with Bukele** | disputed |\n");
        markdown.Should().NotContain("[^");
    }

    [Fact]
    public void ToMarkdown_TableRowsWithoutSummaryParticipantsOrSources_LeaveThoseCellsEmpty()
    {
        var day = Annals.Dates.EdtfDate.Day(2025, 2, 3);
        var timeline = Timeline.Create(
        [
            new Event("a", "No | summary", day),
            new Event("b", "-Summary", day) { Summary = "One | two", Status = EventStatus.Planned, Certainty = Certainty.Reported },
        ]);

        var markdown = ChronologyMarkdown.ToMarkdown(timeline, new MarkdownOptions { Style = MarkdownStyle.Table, IncludeTitle = false });

        markdown.Should().Be(
            "## 2025\n\n| Date | Event | Participants | Status | Sources |\n| --- | --- | --- | --- | --- |\n"
            + "| 3 February 2025 | **No \\| summary** | | | |\n"
            + "| 3 February 2025 | **-Summary** — One \\| two | | planned, reported | |\n");
    }

    [Fact]
    public void ToMarkdown_ListWithoutSummariesParticipantsAndSources_WritesOneLinePerEvent()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions
        {
            IncludeParticipants = false,
            IncludeSources = false,
            IncludeSummaries = false,
        });

        markdown.Should().Contain("## 2025\n\n- **20 January 2025**: Donald Trump takes office for a second term\n- **c. late January 2025**: Trump and Bukele speak by phone\n");
        markdown.Should().NotContain("\\\n");
    }

    [Fact]
    public void ToMarkdown_IncludeMermaid_WritesTheDiagramInAMermaidBlockAfterTheIntroduction()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions { IncludeMermaid = true });
        var diagram = ChronologyMermaid.ToMermaid(Sample, new MermaidOptions { IncludeTitle = false });

        markdown.Should().Contain("as planned for \"next month\".\n\n```mermaid\n" + diagram + "```\n\n## 2021\n");
    }

    [Fact]
    public void ToMarkdown_IncludeTableOfContents_LinksToEveryGroupHeading()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(Sample, new MarkdownOptions { IncludeTableOfContents = true });

        markdown.Should().Contain("\n\n## Contents\n\n- [2021](#2021)\n- [2025](#2025)\n\n## 2021\n");
    }

    [Fact]
    public void Write_LargeTimeline_StreamsLineByLine()
    {
        var builder = Timeline.CreateBuilder();
        for (var i = 0; i < 3000; i++)
        {
            builder.Add(new Event("e" + i.ToString(CultureInfo.InvariantCulture), "Event number " + i.ToString(CultureInfo.InvariantCulture), D("2025-02-03"))
            {
                Summary = "A summary that is long enough to make the document large.",
                Sources = [new Source("Publisher " + (i % 10).ToString(CultureInfo.InvariantCulture))],
            });
        }

        var writer = new LargestWriteWriter();

        ChronologyMarkdown.Write(builder.ToImmutable(), writer);

        writer.Total.Should().BeGreaterThan(250_000);
        writer.Largest.Should().BeLessThan(200, "the document goes out a line at a time, not built in memory first");
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        ((Action)(() => ChronologyMarkdown.Write(null!, TextWriter.Null))).Should().Throw<ArgumentNullException>();
        ((Action)(() => ChronologyMarkdown.Write(Sample, null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => ChronologyMarkdown.ToMarkdown(null!))).Should().Throw<ArgumentNullException>();
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private sealed class LargestWriteWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public int Largest { get; private set; }

        public long Total { get; private set; }

        public override void Write(char value) => Count(1);

        public override void Write(string? value) => Count(value?.Length ?? 0);

        public override void Write(char[] buffer, int index, int count) => Count(count);

        public override void Write(ReadOnlySpan<char> buffer) => Count(buffer.Length);

        public override void Write(StringBuilder? value) => Count(value?.Length ?? 0);

        private void Count(int length)
        {
            Largest = Math.Max(Largest, length);
            Total += length;
        }
    }
}
