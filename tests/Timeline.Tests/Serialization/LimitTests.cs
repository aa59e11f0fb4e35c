using System.Text;
using Annals.Serialization;
using static Annals.Tests.Serialization.LoadAssertions;

namespace Annals.Tests.Serialization;

/// <summary>Hostile and oversized files: each limit of <see cref="LoadOptions"/> gives one clear problem, quickly,
/// without reading or keeping more than it must.</summary>
public class LimitTests
{
    /// <summary>A 64 MiB limit: lower than the default, so that a 100 MB hostile stream crosses it.</summary>
    private static readonly LoadOptions SixtyFourMiB = LoadOptions.Default with { MaxFileSize = 64L * 1024 * 1024 };

    private const string FileTooLargeMessage =
        "the file is larger than the limit of 64 MiB; split it into smaller files, or raise LoadOptions.MaxFileSize (--max-file-size in the timeline tool)";

    private const string StringTooLongMessage =
        "this string is longer than the limit of 1,048,576 characters; shorten it, or raise LoadOptions.MaxStringLength (--max-string-length in the timeline tool)";

    private static LoadProblem Only(LoadResult result)
    {
        result.Success.Should().BeFalse();
        return result.Problems.Should().ContainSingle().Subject;
    }

    [Fact]
    public void Defaults_AreDocumented()
    {
        var options = LoadOptions.Default;

        options.MaxFileSize.Should().Be(1024L * 1024 * 1024).And.Be(LoadOptions.DefaultMaxFileSize);
        options.MaxStringLength.Should().Be(1_048_576).And.Be(LoadOptions.DefaultMaxStringLength);
        options.MaxEvents.Should().Be(10_000_000).And.Be(LoadOptions.DefaultMaxEvents);
        options.MaxDepth.Should().Be(64).And.Be(ChronologyJson.MaxDepth);
    }

    [Theory]
    [InlineData(nameof(LoadOptions.MaxFileSize), 0L)]
    [InlineData(nameof(LoadOptions.MaxFileSize), 2_000_000_001L)]
    [InlineData(nameof(LoadOptions.MaxStringLength), 0L)]
    [InlineData(nameof(LoadOptions.MaxEvents), -1L)]
    [InlineData(nameof(LoadOptions.MaxDepth), 0L)]
    [InlineData(nameof(LoadOptions.MaxDepth), 1001L)]
    public void Options_OutOfRange_ThrowNamingTheLimit(string name, long value)
    {
        Action act = name switch
        {
            nameof(LoadOptions.MaxFileSize) => () => _ = new LoadOptions { MaxFileSize = value },
            nameof(LoadOptions.MaxStringLength) => () => _ = new LoadOptions { MaxStringLength = (int)value },
            nameof(LoadOptions.MaxEvents) => () => _ = new LoadOptions { MaxEvents = (int)value },
            _ => () => _ = new LoadOptions { MaxDepth = (int)value },
        };

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Message.Should().StartWith($"LoadOptions.{name} must be from ");
    }

    [Fact]
    public void Load_HundredMegabyteStream_StopsOneBytePastTheLimit()
    {
        var stream = HostileStream.OneHugeString(100);

        var problem = Only(ChronologyJson.Load(stream, SixtyFourMiB));

        problem.Should().Be(Error(1, 1, "$", LoadProblemCodes.FileTooLarge, FileTooLargeMessage));
        stream.BytesRead.Should().Be(SixtyFourMiB.MaxFileSize + 1);
    }

    [Fact]
    public async Task LoadAsync_HundredMegabyteStream_StopsOneBytePastTheLimit()
    {
        var stream = HostileStream.OneHugeString(100);

        var problem = Only(await ChronologyJson.LoadAsync(stream, SixtyFourMiB));

        problem.Code.Should().Be(LoadProblemCodes.FileTooLarge);
        stream.BytesRead.Should().Be(SixtyFourMiB.MaxFileSize + 1);
    }

    [Fact]
    public async Task Load_SeekableStreamLongerThanTheLimit_IsNotReadAtAll()
    {
        var stream = HostileStream.OneHugeString(100, seekable: true);
        var asynchronous = HostileStream.OneHugeString(100, seekable: true);

        Only(ChronologyJson.Load(stream, SixtyFourMiB)).Message.Should().Be(FileTooLargeMessage);
        Only(await ChronologyJson.LoadAsync(asynchronous, SixtyFourMiB)).Message.Should().Be(FileTooLargeMessage);

        stream.BytesRead.Should().Be(0);
        asynchronous.BytesRead.Should().Be(0);
    }

    [Fact]
    public void Load_FileOfExactlyTheLimit_IsRead()
    {
        var json = """{"timeline": 1, "title": "T"}""";
        var options = new LoadOptions { MaxFileSize = json.Length };

        ChronologyJson.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), options).Success.Should().BeTrue();
        ChronologyJson.Load(new HostileStream(Encoding.UTF8.GetBytes(json), 0), options).Success.Should().BeTrue();
        ChronologyJson.Parse(json, options).Success.Should().BeTrue();
        ChronologyJson.Parse(Encoding.UTF8.GetBytes(json), options).Success.Should().BeTrue();

        var smaller = new LoadOptions { MaxFileSize = json.Length - 1 };
        Only(ChronologyJson.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), smaller)).Message.Should().Be(
            "the file is larger than the limit of 28 bytes; split it into smaller files, or raise LoadOptions.MaxFileSize (--max-file-size in the timeline tool)");
        Only(ChronologyJson.Load(new HostileStream(Encoding.UTF8.GetBytes(json), 0), smaller)).Code.Should().Be(LoadProblemCodes.FileTooLarge);
        Only(ChronologyJson.Parse(json, smaller)).Code.Should().Be(LoadProblemCodes.FileTooLarge);
        Only(ChronologyJson.Parse(Encoding.UTF8.GetBytes(json), smaller)).Code.Should().Be(LoadProblemCodes.FileTooLarge);
    }

    [Fact]
    public void Parse_TextWhoseUtf8IsLargerThanTheLimit_IsTooLarge()
    {
        // 20 characters, 40 bytes in UTF-8.
        var json = """{"title": "ññññññ"}""" + "      ";

        Only(ChronologyJson.Parse(json, new LoadOptions { MaxFileSize = 30 })).Code.Should().Be(LoadProblemCodes.FileTooLarge);
    }

    [Fact]
    public void Load_TitleOfTenMillionCharacters_IsTooLong()
    {
        var json = """{"timeline": 1, "title": """ + "\"" + new string('a', 10_000_000) + "\"}";

        var problem = Only(ChronologyJson.Parse(json));

        problem.Should().Be(Error(1, 26, "$.title", LoadProblemCodes.StringTooLong, StringTooLongMessage));
    }

    [Fact]
    public void Load_StreamOfATwentyMegabyteString_IsTooLong()
    {
        var problem = Only(ChronologyJson.Load(HostileStream.OneHugeString(20, closed: true)));

        problem.Should().Be(Error(1, 10, "$.title", LoadProblemCodes.StringTooLong, StringTooLongMessage));
    }

    [Fact]
    public void Load_StreamOfAnUnclosedString_IsMalformed()
    {
        var problem = Only(ChronologyJson.Load(HostileStream.OneHugeString(20)));

        problem.Code.Should().Be(LoadProblemCodes.MalformedJson);
        problem.Message.Should().StartWith("malformed JSON: the file ends too early");
    }

    [Theory]
    [InlineData("\"abcdefgh\"", false)]
    [InlineData("\"abcdefghi\"", true)]
    [InlineData("\"\\u0061\\u0062\\u0063\\u0064\\u0065\\u0066\\u0067\\u0068\"", false)]
    [InlineData("\"\\u0061\\u0062\\u0063\\u0064\\u0065\\u0066\\u0067\\u0068\\u0069\"", true)]
    [InlineData("\"ññññññ😀\"", false)]
    [InlineData("\"ñññññññ😀\"", true)]
    public void Load_StringLimit_CountsUtf16CodeUnits(string title, bool tooLong)
    {
        // "timeline", the longest field name here, has 8 characters.
        var options = new LoadOptions { MaxStringLength = 8 };

        var result = ChronologyJson.Parse("{\"timeline\": 1, \"title\": " + title + "}", options);

        result.Problems.Any(p => p.Code == LoadProblemCodes.StringTooLong).Should().Be(tooLong);
    }

    [Fact]
    public void Load_LongFieldName_IsTooLong()
    {
        var options = new LoadOptions { MaxStringLength = 10 };

        var problem = Only(ChronologyJson.Parse("""{"timeline": 1, "title": "T", "x-a-very-long-name": 1}""", options));

        problem.Should().Be(Error(1, 31, "$", LoadProblemCodes.StringTooLong,
            "this field name is longer than the limit of 10 characters; shorten it, or raise LoadOptions.MaxStringLength (--max-string-length in the timeline tool)"));
    }

    [Fact]
    public void Load_HundredThousandNestedArrays_IsTooDeep()
    {
        var json = """{"timeline": 1, "title": "T", "events": [{"id": "a", "title": "A", "date": "2025", "x-deep": """
            + new string('[', 100_000) + new string(']', 100_000) + "}]}";

        var problem = Only(ChronologyJson.Parse(json));

        problem.Code.Should().Be(LoadProblemCodes.TooDeep);
        problem.Path.Should().StartWith("$.events[0]['x-deep'][0][0]");
        problem.Message.Should().Contain("more than 64 levels").And.Contain("LoadOptions.MaxDepth").And.Contain("--max-depth");
    }

    [Fact]
    public void Load_DepthLimit_CanBeRaisedAndLowered()
    {
        var deep = """{"timeline": 1, "title": "T", "x-deep": """ + new string('[', 99) + new string(']', 99) + "}";
        var shallow = """{"timeline": 1, "title": "T", "x-a": {"b": []}}""";

        ChronologyJson.Parse(deep).Problems.Should().ContainSingle().Which.Code.Should().Be(LoadProblemCodes.TooDeep);
        ChronologyJson.Parse(deep, new LoadOptions { MaxDepth = 100 }).Success.Should().BeTrue();
        ChronologyJson.Parse(shallow, new LoadOptions { MaxDepth = 3 }).Success.Should().BeTrue();
        Only(ChronologyJson.Parse(shallow, new LoadOptions { MaxDepth = 2 })).Should().Be(Error(1, 44, "$['x-a'].b", LoadProblemCodes.TooDeep,
            "the JSON nests more than 2 levels deep here, the limit; a timeline file never needs that many, but for deeper extension data raise LoadOptions.MaxDepth (--max-depth in the timeline tool)"));
    }

    [Fact]
    public void Load_DeepExtensionDataWithTheDepthRaised_RoundTrips()
    {
        var json = """{"timeline": 1, "title": "T", "x-deep": """ + new string('[', 199) + new string(']', 199) + "}";

        var document = ChronologyJson.Parse(json, new LoadOptions { MaxDepth = 200 }).GetDocumentOrThrow();

        ChronologyJson.Parse(ChronologyJson.ToJson(document), new LoadOptions { MaxDepth = 200 }).Success.Should().BeTrue();
    }

    [Fact]
    public void Load_MoreEventsThanTheLimit_PointsAtTheFirstOneTooMany()
    {
        var events = string.Join(",\n", Enumerable.Range(0, 4).Select(i => $$"""{"id": "e{{i}}", "title": "E", "date": "2025"}"""));
        var json = "{\"timeline\": 1, \"title\": \"T\", \"events\": [\n" + events + "]}";

        ChronologyJson.Parse(json, new LoadOptions { MaxEvents = 4 }).Success.Should().BeTrue();
        Only(ChronologyJson.Parse(json, new LoadOptions { MaxEvents = 3 })).Should().Be(Error(5, 1, "$.events[3]", LoadProblemCodes.TooManyEvents,
            "the file has more than 3 events, the limit; split it into several files, or raise LoadOptions.MaxEvents (--max-events in the timeline tool)"));
        Only(ChronologyJson.Parse(json, new LoadOptions { MaxEvents = 0 })).Path.Should().Be("$.events[0]");
    }

    [Fact]
    public void Load_EventLimit_AppliesOnlyToTheTopLevelEvents()
    {
        var json = """{"timeline": 1, "title": "T", "x-list": [1, 2, 3], "x-nested": {"events": [1, 2, 3]}, "events": []}""";

        ChronologyJson.Parse(json, new LoadOptions { MaxEvents = 2 }).Success.Should().BeTrue();
    }

    [Fact]
    public void Load_EdtfDateOfHundredThousandCharacters_IsReportedShortly()
    {
        string[] dates = ["2025-01-01" + new string('~', 100_000), new string('9', 100_000), "[" + string.Join(",", Enumerable.Repeat("2025", 20_000)) + ",x]", "../" + new string('.', 100_000)];
        foreach (var date in dates)
        {
            var json = """{"timeline": 1, "title": "T", "events": [{"id": "a", "title": "A", "date": """ + "\"" + date + "\"}]}";

            var problem = Only(ChronologyJson.Parse(json));

            problem.Code.Should().Be(LoadProblemCodes.InvalidDate);
            problem.Path.Should().Be("$.events[0].date");
            problem.Message.Length.Should().BeLessThan(400, "the date is quoted shortened: {0}", problem.Message[..Math.Min(500, problem.Message.Length)]);
        }
    }

    [Fact]
    public void Load_Latin1File_IsNotUtf8()
    {
        var bytes = Encoding.Latin1.GetBytes("""{"timeline": 1, "title": "Núñez"}""");

        Only(Load(bytes)).Should().Be(Error(1, 28, "$", LoadProblemCodes.InvalidUtf8,
            "the file is not valid UTF-8: the byte 0xFA cannot appear here (was the file saved as Latin-1 or Windows-1252?); save it as UTF-8"));
    }

    [Theory]
    [InlineData("utf-16", "the file is UTF-16, not UTF-8; save it as UTF-8")]
    [InlineData("utf-16BE", "the file is UTF-16, not UTF-8; save it as UTF-8")]
    [InlineData("utf-16-nobom", "the file is UTF-16 or UTF-32 (it has zero bytes between its characters), not UTF-8; save it as UTF-8")]
    [InlineData("utf-16BE-nobom", "the file is UTF-16 or UTF-32 (it has zero bytes between its characters), not UTF-8; save it as UTF-8")]
    [InlineData("utf-32", "the file is UTF-32, not UTF-8; save it as UTF-8")]
    public void Load_Utf16Or32File_IsNotUtf8(string encodingName, string message)
    {
        var encoding = Encoding.GetEncoding(encodingName.Replace("-nobom", string.Empty, StringComparison.Ordinal));
        var preamble = encodingName.EndsWith("-nobom", StringComparison.Ordinal) ? [] : encoding.GetPreamble();
        var bytes = preamble.Concat(encoding.GetBytes("""{"timeline": 1, "title": "Núñez"}""")).ToArray();

        Only(Load(bytes)).Should().Be(Error(1, 1, "$", LoadProblemCodes.InvalidUtf8, message));
    }

    [Fact]
    public void Load_ManyProblemsOnOneLongLine_AreLocatedInLinearTime()
    {
        // A minified file: every problem is on line 1, which is megabytes long.
        var events = string.Join(",", Enumerable.Range(0, 10_000).Select(i => $$"""{"id": "e{{i}}", "title": "É", "date": "2025", "status": "ocurred"}"""));
        var json = """{"timeline": 1, "title": "T", "events": [""" + events + "]}";

        var result = ChronologyJson.Parse(json);

        result.Problems.Should().HaveCount(10_000);
        result.Problems[^1].Column.Should().Be(json.LastIndexOf("\"ocurred\"", StringComparison.Ordinal) + 1);
        result.Problems.Select(p => p.Column).Should().BeInAscendingOrder();
    }
}
