using System.Globalization;
using Annals.Model;
using Annals.Rendering;
using Annals.Timelines;
using NodaTime;
using static Annals.Tests.Rendering.RenderingTestData;

namespace Annals.Tests.Rendering;

public class ChronologyMermaidTests
{
    private static readonly Timeline Sample = Samples.ElSalvadorUnitedStates2025;

    [Fact]
    public void ToMermaid_Sample_WritesTitleSectionsAndOnePeriodLinePerDate()
    {
        var lines = ChronologyMermaid.ToMermaid(Sample).Split('\n');

        lines.Take(4).Should().Equal(
            "timeline",
            "    title El Salvador–United States relations, 2021–2025",
            "    section 2021",
            "        2021 : Biden reportedly turns down a meeting with Bukele (disputed)");
        lines.Should().Contain("    section 2025");
        lines.Should().Contain("        3 February 2025 : Secretary of State Rubio visits El Salvador and meets Bukele : Bukele offers to take in deportees from the United States");
        lines.Should().Contain("        c. late January 2025 : Trump and Bukele speak by phone");
    }

    [Fact]
    public void ToMermaid_PlannedReportedEvent_AddsStatusWordsUnlessTurnedOff()
    {
        var asOfApril = Sample.AsOf(new LocalDate(2025, 4, 1));

        ChronologyMermaid.ToMermaid(asOfApril).Should().Contain("        April 2025 : Bukele visits Trump at the White House (planned, reported)\n");
        ChronologyMermaid.ToMermaid(asOfApril, new MermaidOptions { IncludeStatus = false })
            .Should().Contain("        April 2025 : Bukele visits Trump at the White House\n");
    }

    [Fact]
    public void ToMermaid_Descending_ReversesSectionsAndPeriods()
    {
        var mermaid = ChronologyMermaid.ToMermaid(Sample, new MermaidOptions { Order = ChronologyOrder.Descending });

        mermaid.Should().Contain("    section 2025\n        14 April 2025 : Bukele visits Trump at the White House\n        28 March 2025 : Bukele replies");
        mermaid.Should().EndWith("    section 2021\n        2021 : Biden reportedly turns down a meeting with Bukele (disputed)\n");
    }

    [Fact]
    public void ToMermaid_MonthGroupingInSpanish_WritesSpanishSectionsAndLabels()
    {
        var mermaid = ChronologyMermaid.ToMermaid(Sample, new MermaidOptions { Grouping = TimelineGrouping.Month, Culture = CultureInfo.GetCultureInfo("es-SV") });

        mermaid.Should().Contain("    section marzo de 2025\n        15–16 de marzo de 2025 : The United States deports over 250 people to El Salvador\n");
        mermaid.Should().Contain("(en disputa)");
    }

    [Fact]
    public void ToMermaid_NoGroupingAndNoTitle_WritesOnlyPeriods()
    {
        var mermaid = ChronologyMermaid.ToMermaid(Sample, new MermaidOptions { Grouping = TimelineGrouping.None, IncludeTitle = false });

        mermaid.Should().StartWith("timeline\n    2021 : Biden").And.NotContain("section").And.NotContain("title");
    }

    [Fact]
    public void ToMermaid_TitleOption_OverridesTheTimelines()
    {
        ChronologyMermaid.ToMermaid(Sample, new MermaidOptions { Title = "Relations: 2025 #1" })
            .Should().StartWith("timeline\n    title Relations#58; 2025 #35;1\n");
    }

    [Fact]
    public void ToMermaid_UntitledTimeline_WritesNoTitleLine()
    {
        ChronologyMermaid.ToMermaid(One(new Event("e", "T", D("2025")))).Should().Be("timeline\n    section 2025\n        2025 : T\n");
    }

    [Fact]
    public void ToMermaid_EmptyTimeline_WritesTheBareDiagram()
    {
        ChronologyMermaid.ToMermaid(Timeline.Empty).Should().Be("timeline\n");
    }

    [Fact]
    public void Write_WriterWithCrLfNewLine_WritesLineFeedsOnly()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };

        ChronologyMermaid.Write(Sample, writer);

        writer.ToString().Should().NotContain("\r").And.EndWith("\n").And.NotEndWith("\n\n");
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        ((Action)(() => ChronologyMermaid.Write(null!, TextWriter.Null))).Should().Throw<ArgumentNullException>();
        ((Action)(() => ChronologyMermaid.Write(Sample, null!))).Should().Throw<ArgumentNullException>();
    }
}
