using System.Text.Json;

namespace Annals.Cli.Tests;

/// <summary>
/// <c>timeline date</c>, run in-process. These tests need the real <c>EdtfDate</c> (they fail while it is a stub);
/// the expectations are the documented behaviour of the dates work.
/// </summary>
public sealed class DateCommandTests
{
    private static readonly string[] JsonFields =
        ["input", "edtf", "kind", "precision", "earliest", "latest", "approximate", "uncertain", "reading"];

    [Fact]
    public void Date_ApproximateMonth_PrintsTheReadout()
    {
        CliResult result = Cli.Run("date", "2025-04~");

        result.ExitCode.Should().Be(ExitCodes.Success, "stderr was: {0}", result.Stderr);
        result.Stdout.Should().Be(
            "edtf:      2025-04~\n"
            + "reading:   approximately April 2025\n"
            + "kind:      date\n"
            + "precision: month\n"
            + "earliest:  2025-04-01\n"
            + "latest:    2025-04-30\n"
            + "qualifier: approximate\n");
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Date_OpenEnd_PrintsOpenOrUnknown()
    {
        CliResult result = Cli.Run("date", "2025-04/..");

        result.ExitCode.Should().Be(ExitCodes.Success, "stderr was: {0}", result.Stderr);
        result.Stdout.Should().Contain("kind:      interval\n").And.Contain("latest:    open or unknown\n");
    }

    [Fact]
    public void Date_JsonApproximateMonth_PrintsOneObjectWithTheFieldsInOrder()
    {
        CliResult result = Cli.Run("date", "2025-04~", "--json");

        result.ExitCode.Should().Be(ExitCodes.Success, "stderr was: {0}", result.Stderr);
        result.Stderr.Should().BeEmpty();
        result.Stdout.Should().EndWith("}\n");
        result.Stdout.Count(c => c == '\n').Should().Be(1);

        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        JsonElement json = document.RootElement;
        json.ValueKind.Should().Be(JsonValueKind.Object);
        json.EnumerateObject().Select(property => property.Name).Should().Equal(JsonFields);
        json.GetProperty("input").GetString().Should().Be("2025-04~");
        json.GetProperty("edtf").GetString().Should().Be("2025-04~");
        json.GetProperty("kind").GetString().Should().Be("date");
        json.GetProperty("precision").GetString().Should().Be("month");
        json.GetProperty("earliest").GetString().Should().Be("2025-04-01");
        json.GetProperty("latest").GetString().Should().Be("2025-04-30");
        json.GetProperty("approximate").ValueKind.Should().Be(JsonValueKind.True);
        json.GetProperty("uncertain").ValueKind.Should().Be(JsonValueKind.False);
        json.GetProperty("reading").GetString().Should().Be("approximately April 2025");
    }

    [Fact]
    public void Date_JsonOpenEnd_WritesNullForTheLatestDay()
    {
        JsonElement json = RunJson("date", "--json", "2025-04/..");

        json.GetProperty("input").GetString().Should().Be("2025-04/..");
        json.GetProperty("kind").GetString().Should().Be("interval");
        json.GetProperty("earliest").GetString().Should().Be("2025-04-01");
        json.GetProperty("latest").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Date_JsonOpenStart_TakesTheDotsAsTheArgumentAndWritesNullForTheEarliestDay()
    {
        JsonElement json = RunJson("date", "--json", "../2025");

        json.GetProperty("input").GetString().Should().Be("../2025");
        json.GetProperty("kind").GetString().Should().Be("interval");
        json.GetProperty("earliest").ValueKind.Should().Be(JsonValueKind.Null);
        json.GetProperty("latest").GetString().Should().Be("2025-12-31");
    }

    [Fact]
    public void Date_JsonClosedInterval_GivesBothDays()
    {
        JsonElement json = RunJson("date", "--json", "2025-03-15/2025-03-16");

        json.GetProperty("kind").GetString().Should().Be("interval");
        json.GetProperty("earliest").GetString().Should().Be("2025-03-15");
        json.GetProperty("latest").GetString().Should().Be("2025-03-16");
        json.GetProperty("approximate").GetBoolean().Should().BeFalse();
        json.GetProperty("uncertain").GetBoolean().Should().BeFalse();
        json.GetProperty("reading").ValueKind.Should().Be(JsonValueKind.String);
    }

    [Fact]
    public void Date_JsonOneOfSet_NamesTheKindOneOf()
    {
        JsonElement json = RunJson("date", "--json", "[1667,1668]");

        json.GetProperty("kind").GetString().Should().Be("one-of");
        json.GetProperty("earliest").GetString().Should().Be("1667-01-01");
        json.GetProperty("latest").GetString().Should().Be("1668-12-31");
    }

    [Fact]
    public void Date_JsonUncertainYear_SetsUncertain()
    {
        JsonElement json = RunJson("date", "--json", "2021?");

        json.GetProperty("precision").GetString().Should().Be("year");
        json.GetProperty("approximate").GetBoolean().Should().BeFalse();
        json.GetProperty("uncertain").GetBoolean().Should().BeTrue();
        json.GetProperty("earliest").GetString().Should().Be("2021-01-01");
        json.GetProperty("latest").GetString().Should().Be("2021-12-31");
    }

    [Theory]
    [InlineData("date", "--json", "--", "-0044-03-15")]
    [InlineData("date", "--json", "-0044-03-15")]
    [InlineData("date", "-0044-03-15", "--json")]
    public void Date_NegativeYear_IsTakenAsTheExpressionAndPrintedWithItsSign(params string[] args)
    {
        JsonElement json = RunJson(args);

        json.GetProperty("input").GetString().Should().Be("-0044-03-15");
        json.GetProperty("edtf").GetString().Should().Be("-0044-03-15");
        json.GetProperty("precision").GetString().Should().Be("day");
        json.GetProperty("earliest").GetString().Should().Be("-0044-03-15");
        json.GetProperty("latest").GetString().Should().Be("-0044-03-15");
    }

    [Fact]
    public void Date_NegativeYearAfterDoubleDash_PrintsTheReadout()
    {
        CliResult result = Cli.Run("date", "--", "-0044-03-15");

        result.ExitCode.Should().Be(ExitCodes.Success, "stderr was: {0}", result.Stderr);
        result.Stdout.Should().StartWith("edtf:      -0044-03-15\n").And.Contain("earliest:  -0044-03-15\n");
    }

    [Theory]
    [InlineData("date", "2025-02-29")]
    [InlineData("date", "2025-02-29", "--json")]
    [InlineData("date", "--", "2025-02-29")]
    public void Date_ImpossibleDay_WritesOneErrorLineWithThePositionAndExitsOne(params string[] args)
    {
        CliResult result = Cli.Run(args);

        result.ExitCode.Should().Be(ExitCodes.InvalidInput, "stderr was: {0}", result.Stderr);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle()
            .Which.Should().StartWith("timeline date: invalid EDTF \"2025-02-29\" at character 9: ");
        result.Stderr.Should().EndWith("\n").And.NotContain("\r").And.NotContain(" at Annals");
    }

    [Theory]
    [InlineData("")]
    [InlineData("2025-13")]
    [InlineData("not a date")]
    [InlineData("2025\n04")]
    [InlineData("-")]
    public void Date_InvalidExpression_WritesExactlyOneErrorLineAndExitsOne(string expression)
    {
        CliResult result = Cli.Run("date", "--", expression);

        result.ExitCode.Should().Be(ExitCodes.InvalidInput, "stderr was: {0}", result.Stderr);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle()
            .Which.Should().StartWith("timeline date: invalid EDTF \"").And.MatchRegex(" at character [0-9]+: ");
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public void Date_UnderAnotherCulture_PrintsTheSameAsUnderTheInvariantCulture(string culture)
    {
        string[][] commandLines =
        [
            ["date", "2025-04~"],
            ["date", "2025-04~", "--json"],
            ["date", "--json", "-0044-03-15"],
            ["date", "-0044-03-15"],
            ["date", "2025-04/.."],
            ["date", "--json", "2025-04/.."],
            ["date", "--json", "[1667,1668]"],
            ["date", "2025-02-29"],
            ["date", "--help"],
        ];

        foreach (string[] args in commandLines)
        {
            CliResult expected = Cli.WithCulture("", () => Cli.Run(args));
            CliResult actual = Cli.WithCulture(culture, () => Cli.Run(args));

            actual.Should().Be(expected, "'timeline {0}' must not depend on the culture", string.Join(' ', args));
        }

        Cli.WithCulture(culture, () => Cli.Run("date", "--json", "2025-04~")).Stdout.Should().Be(
            "{\"input\":\"2025-04~\",\"edtf\":\"2025-04~\",\"kind\":\"date\",\"precision\":\"month\","
            + "\"earliest\":\"2025-04-01\",\"latest\":\"2025-04-30\",\"approximate\":true,\"uncertain\":false,"
            + "\"reading\":\"approximately April 2025\"}\n");
    }

    [Theory]
    [InlineData("date", "2025-04~")]
    [InlineData("date", "--json", "2025-04~")]
    public void Date_Output_EndsLinesWithLineFeedOnly(params string[] args)
    {
        CliResult result = Cli.Run(args);

        result.ExitCode.Should().Be(ExitCodes.Success, "stderr was: {0}", result.Stderr);
        result.Stdout.Should().NotContain("\r").And.EndWith("\n");
    }

    private static JsonElement RunJson(params string[] args)
    {
        CliResult result = Cli.Run(args);
        result.ExitCode.Should().Be(ExitCodes.Success, "stderr was: {0}", result.Stderr);
        result.Stderr.Should().BeEmpty();
        result.Stdout.Should().EndWith("\n");

        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        document.RootElement.EnumerateObject().Select(property => property.Name).Should().Equal(JsonFields);
        return document.RootElement.Clone();
    }
}
