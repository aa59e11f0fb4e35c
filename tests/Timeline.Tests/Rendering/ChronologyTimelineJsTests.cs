using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Annals.Model;
using Annals.Rendering;
using Annals.Timelines;
using NodaTime;
using NodaTime.Text;
using static Annals.Tests.Rendering.RenderingTestData;

namespace Annals.Tests.Rendering;

/// <summary>The TimelineJS export, checked against TimelineJS3's documented JSON format: parsed with
/// <see cref="JsonDocument"/>, every slide's fields and types, the mapping of dates and text, and escaping.</summary>
public partial class ChronologyTimelineJsTests
{
    private const string SafeUrl = "https://example.org/report?a=1&b=(2)";

    private static readonly Timeline Sample = Samples.ElSalvadorUnitedStates2025;

    public static TheoryData<TimelineJsOptions> EveryLayout => new()
    {
        TimelineJsOptions.Default,
        new TimelineJsOptions { Grouping = TimelineJsGrouping.Kind, IncludeEras = true },
        new TimelineJsOptions { Grouping = TimelineJsGrouping.Actor, Indented = false, Culture = CultureInfo.GetCultureInfo("es-SV") },
        new TimelineJsOptions { IncludeTitle = false, IncludeSources = false, IncludeParticipants = false, IncludeSummaries = false },
    };

    public static TheoryData<int> Indexes => [.. Enumerable.Range(0, InjectionCorpus.Texts.Length)];

    [Fact]
    public void ToJson_Sample_EverySlideHasTheDocumentedFieldsAndTypes()
    {
        using var document = JsonDocument.Parse(ChronologyTimelineJs.ToJson(Sample));
        var root = document.RootElement;
        var phrases = new EventPhrases(Sample, DateTextFormat.Invariant);

        root.ValueKind.Should().Be(JsonValueKind.Object);
        var slides = root.GetProperty("events").EnumerateArray().ToList();
        slides.Should().HaveCount(Sample.Count, "every event of the sample has a known day");
        slides.Select(s => s.GetProperty("unique_id").GetString()).Should().OnlyHaveUniqueItems()
            .And.Equal(Sample.Events.Select(e => e.Id));
        for (var i = 0; i < slides.Count; i++)
        {
            var slide = slides[i];
            var e = Sample[i];
            var start = ReadDate(slide.GetProperty("start_date"));
            start.Should().Be(e.Date.Earliest!.Value, e.Id);
            if (slide.TryGetProperty("end_date", out var endDate))
            {
                var end = ReadDate(endDate);
                end.Should().Be(e.Date.Latest!.Value, e.Id);
                end.Should().BeGreaterThan(start);
            }
            else
            {
                e.Date.Latest.Should().Be(e.Date.Earliest, e.Id);
            }

            slide.GetProperty("display_date").GetString().Should().Be(phrases.DateLabelWithStatus(e));
            var text = slide.GetProperty("text");
            text.GetProperty("headline").ValueKind.Should().Be(JsonValueKind.String);
            text.GetProperty("text").ValueKind.Should().Be(JsonValueKind.String);
            text.GetProperty("headline").GetString().Should().NotContain("<", "the headline has no tags");
            WithoutOwnTags(text.GetProperty("text").GetString()!).Should().NotContain("<", "only the exporter's tags");
            slide.GetProperty("autolink").ValueKind.Should().Be(JsonValueKind.False);
            slide.TryGetProperty("group", out _).Should().BeFalse("no grouping by default");
            slide.TryGetProperty("media", out _).Should().BeFalse();
        }

        var title = root.GetProperty("title");
        title.TryGetProperty("start_date", out _).Should().BeFalse("a title slide has no date");
        title.GetProperty("text").GetProperty("headline").GetString().Should().Be(Sample.Title);
        title.GetProperty("unique_id").GetString().Should().Be("_title");
        root.TryGetProperty("eras", out _).Should().BeFalse();
    }

    [Fact]
    public void ToJson_Sample_WritesTheEventsInWords()
    {
        var call = Slide(ChronologyTimelineJs.ToJson(Sample), "trump-bukele-call");

        call.GetProperty("display_date").GetString().Should().Be("c. late January 2025");
        call.GetProperty("text").GetProperty("headline").GetString().Should().Be("Trump and Bukele speak by phone");
        call.GetProperty("text").GetProperty("text").GetString().Should().Be(
            "<p>A few days after Trump took office, the two presidents discussed working together to stop illegal immigration " +
            "and to crack down on transnational gangs such as Tren de Aragua. Trump praised Bukele&#39;s leadership in the region.</p>" +
            "<p>Participants: U.S. President Donald Trump (caller), Salvadoran President Nayib Bukele (callee)</p>" +
            "<p>Sources:</p><ul><li>The White House, “Readout of President Donald J. Trump&#39;s call with President Nayib Bukele”: " +
            "“Today, President Donald J. Trump held a call with President Nayib Bukele of the Republic of El Salvador. The two leaders " +
            "discussed working together to stop illegal immigration and crack down on transnational gangs like Tren de Aragua. " +
            "President Trump also praised President Bukele’s leadership in the region and the example he sets for other nations in " +
            "the Western Hemisphere.”</li></ul>");
    }

    [Fact]
    public void ToJson_SampleAsOfFirstApril_ShowsThePlanAndSpansTheMonth()
    {
        var asOf = Sample.AsOf(new LocalDate(2025, 4, 1));

        var visit = Slide(ChronologyTimelineJs.ToJson(asOf), "bukele-white-house-visit");

        visit.GetProperty("display_date").GetString().Should().Be("April 2025 (planned)");
        visit.GetProperty("text").GetProperty("headline").GetString().Should().Be("Bukele visits Trump at the White House (reported)");
        ReadDate(visit.GetProperty("start_date")).Should().Be(new LocalDate(2025, 4, 1));
        ReadDate(visit.GetProperty("end_date")).Should().Be(new LocalDate(2025, 4, 30));
    }

    [Fact]
    public void ToJson_OverduePlan_SaysNoOutcomeRecorded()
    {
        var plan = new Event("visit", "Visit", D("2025-04")) { Status = EventStatus.Planned };
        var asOf = One(plan).AsOf(new LocalDate(2025, 5, 2));

        Slide(ChronologyTimelineJs.ToJson(asOf), "visit").GetProperty("display_date").GetString()
            .Should().Be("planned for April 2025; no outcome recorded");
    }

    [Theory]
    [InlineData("2021", "2021-01-01", "2021-12-31")]
    [InlineData("2025-04", "2025-04-01", "2025-04-30")]
    [InlineData("2025-03-15/2025-03-16", "2025-03-15", "2025-03-16")]
    [InlineData("2025-01-2X~", "2025-01-20", "2025-01-29")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("../2021", "2021-12-31", null)]
    [InlineData("2025-04/..", "2025-04-01", null)]
    [InlineData("[2025-01-22..2025-01-24]", "2025-01-22", "2025-01-24")]
    public void ToJson_Date_SpansItsEarliestToItsLatestDay(string edtf, string start, string? end)
    {
        var slide = Slide(ChronologyTimelineJs.ToJson(One(new Event("e", "E", D(edtf)))), "e");

        ReadDate(slide.GetProperty("start_date")).Should().Be(LocalDatePattern.Iso.Parse(start).Value);
        if (end is null)
        {
            slide.TryGetProperty("end_date", out _).Should().BeFalse();
        }
        else
        {
            ReadDate(slide.GetProperty("end_date")).Should().Be(LocalDatePattern.Iso.Parse(end).Value);
        }

        slide.GetProperty("display_date").GetString().Should().Be(DateLabel.Format(D(edtf)));
    }

    [Fact]
    public void ToJson_DateWithTime_WritesHourAndMinute()
    {
        var start = Slide(ChronologyTimelineJs.ToJson(One(new Event("e", "E", D("2025-02-03T10:30:00Z")))), "e").GetProperty("start_date");

        start.GetProperty("hour").GetInt32().Should().Be(10);
        start.GetProperty("minute").GetInt32().Should().Be(30);
        start.TryGetProperty("second", out _).Should().BeFalse();
    }

    [Fact]
    public void ToJson_YearBeforeTheCommonEra_IsANegativeIsoYear()
    {
        var slide = Slide(ChronologyTimelineJs.ToJson(One(new Event("e", "E", D("-0043")))), "e");

        slide.GetProperty("start_date").GetProperty("year").GetInt32().Should().Be(-43);
        slide.GetProperty("display_date").GetString().Should().Be("44 BCE");
    }

    [Theory]
    [InlineData("XXXX")]
    [InlineData("XXXX-04")]
    [InlineData("XXXX-XX-XX")]
    public void ToJson_EventWithNoKnownDay_IsSkipped(string edtf)
    {
        var timeline = Timeline.Create([new Event("dated", "Dated", D("2025")), new Event("undated", "Undated", D(edtf))]);

        using var document = JsonDocument.Parse(ChronologyTimelineJs.ToJson(timeline));

        document.RootElement.GetProperty("events").EnumerateArray().Select(s => s.GetProperty("unique_id").GetString())
            .Should().Equal("dated");
        ChronologyTimelineJs.FindSkipped(timeline).Select(e => e.Id).Should().Equal("undated");
    }

    [Fact]
    public void FindSkipped_Sample_IsEmpty()
    {
        ChronologyTimelineJs.FindSkipped(Sample).Should().BeEmpty();
    }

    [Fact]
    public void ToJson_EmptyTimeline_HasAnEmptyEventList()
    {
        using var document = JsonDocument.Parse(ChronologyTimelineJs.ToJson(Timeline.Empty));

        document.RootElement.GetProperty("events").GetArrayLength().Should().Be(0);
        document.RootElement.GetProperty("title").GetProperty("text").GetProperty("headline").GetString().Should().Be("Chronology");
    }

    [Fact]
    public void ToJson_GroupedByKind_UsesTheKindName()
    {
        using var document = JsonDocument.Parse(ChronologyTimelineJs.ToJson(Sample, new TimelineJsOptions { Grouping = TimelineJsGrouping.Kind }));

        document.RootElement.GetProperty("events").EnumerateArray().Select(s => s.GetProperty("group").GetString())
            .Should().Equal(Sample.Events.Select(e => e.Kind!.Name));
    }

    [Fact]
    public void ToJson_GroupedByActor_UsesTheFirstParticipant()
    {
        var call = Slide(ChronologyTimelineJs.ToJson(Sample, new TimelineJsOptions { Grouping = TimelineJsGrouping.Actor }), "rubio-visits-el-salvador");

        call.GetProperty("group").GetString().Should().Be("Marco Rubio");
    }

    [Fact]
    public void ToJson_GroupedByGivenActors_UsesTheFirstOfThemThatTakesPart()
    {
        var options = new TimelineJsOptions { Grouping = TimelineJsGrouping.Actor, GroupActors = ["trump", "rubio"] };

        using var document = JsonDocument.Parse(ChronologyTimelineJs.ToJson(Sample, options));

        var groups = document.RootElement.GetProperty("events").EnumerateArray().ToDictionary(
            s => s.GetProperty("unique_id").GetString()!,
            s => s.TryGetProperty("group", out var g) ? g.GetString() : null);
        groups["trump-bukele-call"].Should().Be("Donald Trump");
        groups["rubio-visits-el-salvador"].Should().Be("Marco Rubio");
        groups["biden-declines-bukele-meeting"].Should().BeNull();
        groups["deportations-to-el-salvador"].Should().BeNull();
    }

    [Fact]
    public void ToJson_WithEras_WritesOneEraPerYear()
    {
        using var document = JsonDocument.Parse(ChronologyTimelineJs.ToJson(Sample, new TimelineJsOptions { IncludeEras = true }));

        var eras = document.RootElement.GetProperty("eras").EnumerateArray().ToList();
        eras.Select(e => e.GetProperty("text").GetProperty("headline").GetString()).Should().Equal("2021", "2025");
        ReadDate(eras[1].GetProperty("start_date")).Should().Be(new LocalDate(2025, 1, 1));
        ReadDate(eras[1].GetProperty("end_date")).Should().Be(new LocalDate(2025, 12, 31));
    }

    [Fact]
    public void ToJson_Options_TitleAndIntroductionReplaceTheTimelines()
    {
        var options = new TimelineJsOptions { Title = "A & B", Introduction = "<b>intro</b>" };

        using var document = JsonDocument.Parse(ChronologyTimelineJs.ToJson(Sample, options));

        var text = document.RootElement.GetProperty("title").GetProperty("text");
        text.GetProperty("headline").GetString().Should().Be("A &amp; B");
        text.GetProperty("text").GetString().Should().Be("<p>&lt;b&gt;intro&lt;/b&gt;</p>");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("javascript:alert(1)", "javascript:alert(1)")]
    [InlineData("O'Brien & <Sons>", "O&#39;Brien &amp; &lt;Sons&gt;")]
    public void ToJson_HostileTitle_IsEscaped(string title, string escaped)
    {
        var e = new Event("e", title, D("2025-02-03"))
        {
            Summary = title,
            Sources = [new Source(title) { Title = title, Url = "https://example.org/x?a=1&b=\"2\"" }],
        };

        var slide = Slide(ChronologyTimelineJs.ToJson(One(e)), "e");

        slide.GetProperty("text").GetProperty("headline").GetString().Should().Be(escaped);
        slide.GetProperty("text").GetProperty("text").GetString().Should().Be(
            $"<p>{escaped}</p><p>Sources:</p><ul><li>{escaped}, “<a href=\"https://example.org/x?a=1&amp;b=&quot;2&quot;\">{escaped}</a>”</li></ul>");
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void ToJson_HostileText_AddsNoTagsAndComesBackAsWritten(int index)
    {
        var text = InjectionCorpus.Texts[index];
        var expected = Folded(text);
        var options = new TimelineJsOptions { Grouping = TimelineJsGrouping.Actor, IncludeEras = true };

        using var document = JsonDocument.Parse(ChronologyTimelineJs.ToJson(Hostile(text), options));

        var root = document.RootElement;
        var slides = root.GetProperty("events").EnumerateArray().ToList();
        slides.Should().HaveCount(2);
        var title = root.GetProperty("title").GetProperty("text");
        Decode(title.GetProperty("headline").GetString()!).Should().Be(expected);
        Decode(Unwrap(title.GetProperty("text").GetString()!)).Should().Be(expected);
        foreach (var slide in slides)
        {
            var headline = slide.GetProperty("text").GetProperty("headline").GetString()!;
            var body = slide.GetProperty("text").GetProperty("text").GetString()!;
            headline.Should().NotContain("<");
            WithoutOwnTags(body).Should().NotContain("<").And.NotContain(">");
            Hrefs(body).Should().OnlyContain(h => h == "https://example.org/report?a=1&amp;b=(2)");
            Decode(headline).Should().Be(expected);
        }

        var hostile = slides.Single(s => s.GetProperty("unique_id").GetString() == "hostile-event");
        var group = hostile.GetProperty("group").GetString()!;
        group.Should().NotContain("<").And.NotContain(">");
        Decode(Decode(group)).Should().Be(expected, "TimelineJS strips the markup of a group, decoding it once, then inserts it as HTML");
        Decode(WithoutOwnTags(hostile.GetProperty("text").GetProperty("text").GetString()!))
            .Should().Contain(expected + "Participants: Envoy " + expected + " " + expected + " (host), Plain Person (visitor)");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("ftp://example.org/f")]
    [InlineData("//evil.example/x")]
    public void Format_UrlThatIsNotHttp_IsTextNotALink(string url)
    {
        var citation = new SourceCitation(new DateLabelFormatter(DateTextFormat.Invariant), RenderText.English, CitationMarkup.HtmlWebLinks);

        var html = citation.Format(new Source("P") { Url = url, Title = "T" });

        html.Should().NotContain("<a").And.Be("P, “T”, " + HtmlEscaper.Escape(url));
    }

    [Fact]
    public void ToJson_LoneSurrogateInTitle_WritesAReplacementCharacter()
    {
        var json = ChronologyTimelineJs.ToJson(One(new Event("e", "a\uD800b", D("2025"))));

        Slide(json, "e").GetProperty("text").GetProperty("headline").GetString().Should().Be("a\uFFFDb");
    }

    [Theory]
    [MemberData(nameof(EveryLayout))]
    public void Write_Stream_WritesTheSameUtf8BytesAsToJson(TimelineJsOptions options)
    {
        using var stream = new MemoryStream();

        ChronologyTimelineJs.Write(Sample, stream, options);

        var bytes = stream.ToArray();
        bytes.Should().Equal(new UTF8Encoding(false).GetBytes(ChronologyTimelineJs.ToJson(Sample, options)));
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte-order mark");
    }

    [Theory]
    [MemberData(nameof(EveryLayout))]
    public void ToJson_AnyLayout_EndsWithOneLineFeedAndHasNoCarriageReturn(TimelineJsOptions options)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };

        ChronologyTimelineJs.Write(Sample, writer, options);

        var json = writer.ToString();
        json.Should().EndWith("}\n").And.NotContain("\r").And.NotContain("\n\n");
        if (!options.Indented)
        {
            json.IndexOf('\n', StringComparison.Ordinal).Should().Be(json.Length - 1, "an unindented document is one line");
        }

        using var document = JsonDocument.Parse(json);
    }

    [Fact]
    public void Write_LargeTimeline_StreamAndWriterAgree()
    {
        var timeline = SyntheticTimeline.Generate(2_000);
        using var stream = new MemoryStream();

        ChronologyTimelineJs.Write(timeline, stream);
        var text = ChronologyTimelineJs.ToJson(timeline);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(text);
        using var document = JsonDocument.Parse(text);
        document.RootElement.GetProperty("events").GetArrayLength().Should().Be(timeline.Count(TimelineJsRenderer.HasSlide));
    }

    [Fact]
    public void ToJson_Sample_EscapesHtmlSensitiveCharactersForScriptBlocks()
    {
        var json = ChronologyTimelineJs.ToJson(Sample);

        json.Should().NotContain("<").And.NotContain(">").And.NotContain("&").And.Contain("El Salvador–United States");
    }

    [Fact]
    public void Options_UndefinedGrouping_Throws()
    {
        var act = () => new TimelineJsOptions { Grouping = (TimelineJsGrouping)7 };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static JsonElement Slide(string json, string id)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("events").EnumerateArray()
            .Single(s => s.GetProperty("unique_id").GetString() == id).Clone();
    }

    /// <summary>Reads a TimelineJS date object, checking its documented types: numbers (or numeric strings), a month of
    /// 1 to 12 and a day of that month.</summary>
    private static LocalDate ReadDate(JsonElement date)
    {
        date.ValueKind.Should().Be(JsonValueKind.Object);
        var year = Part(date, "year") ?? throw new InvalidOperationException("year is required");
        var month = Part(date, "month") ?? 1;
        var day = Part(date, "day") ?? 1;
        month.Should().BeInRange(1, 12);
        day.Should().BeInRange(1, CalendarSystem.Iso.GetDaysInMonth(year, month));
        return new LocalDate(year, month, day);
    }

    private static int? Part(JsonElement date, string name)
    {
        if (!date.TryGetProperty(name, out var part))
        {
            return null;
        }

        return part.ValueKind switch
        {
            JsonValueKind.Number => part.GetInt32(),
            JsonValueKind.String => int.Parse(part.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"{name} is {part.ValueKind}, not a number"),
        };
    }

    /// <summary>Removes the tags the exporter writes (<c>p</c>, <c>ul</c>, <c>li</c>, and <c>a</c> with an
    /// <c>href</c>); any other <c>&lt;</c> left over came from the user.</summary>
    private static string WithoutOwnTags(string html) => OwnTag().Replace(html, string.Empty);

    private static string Unwrap(string html) => html.StartsWith("<p>", StringComparison.Ordinal) ? html[3..^4] : html;

    private static IEnumerable<string> Hrefs(string html) => Href().Matches(html).Select(m => m.Groups[1].Value);

    private static string Decode(string html) => WebUtility.HtmlDecode(html);

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
        return builder.ToImmutable();
    }

    [GeneratedRegex("</?(?:p|ul|li)>|<a href=\"[^\"<>]*\">|</a>")]
    private static partial Regex OwnTag();

    [GeneratedRegex("<a href=\"([^\"]*)\">")]
    private static partial Regex Href();
}
