using Annals.Serialization;
using static Annals.Tests.Serialization.LoadAssertions;

namespace Annals.Tests.Serialization;

/// <summary>Broken files on disk (tests/Timeline.Tests/Serialization/Broken), loaded from a file stream as the
/// command line loads them.</summary>
public class BrokenFileTests
{
    private static LoadResult LoadFile(string name)
    {
        using var stream = File.OpenRead(RepositoryFile(Path.Combine("tests", "Timeline.Tests", "Serialization", "Broken", name)));
        return ChronologyJson.Load(stream);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsEveryOneInFileOrder()
    {
        var result = LoadFile("several-problems.json");

        result.Success.Should().BeFalse();
        result.Problems.Should().Equal(
            Error(6, 57, "$.actors[0].country", "JS014", "'SV' is not an ISO 3166-1 alpha-3 country code: use three letters, such as 'USA' or 'SLV'"),
            Error(7, 53, "$.actors[1].kind", "JS008", "unknown actor kind 'persn' (did you mean 'person'?)"),
            Error(13, 24, "$.events[0].date", "JS011", "invalid date '2025-02-30': 2025-02-30 is not a day: February 2025 has 28 days"),
            Error(14, 19, "$.events[0].timeZone", "JS012", "unknown time zone 'America/El_Salvadore' (did you mean 'America/El_Salvador'?)"),
            Warning(15, 7, "$.events[0].statu", "JS009", "unknown field 'statu' (did you mean 'status'?); it is kept as extension data"),
            Error(16, 34, "$.events[0].participants[0].actor", "TL003", "unknown actor 'rubio'; add the actor to the timeline first"),
            Error(16, 91, "$.events[0].participants[1].role", "JS008", "unknown role 'hots' (did you mean 'host'?)"),
            Error(17, 45, "$.events[0].sources[0].url", "TL005", "'javascript:alert(1)' is not an absolute http or https link; use a link such as 'https://example.org/article'"),
            Error(20, 13, "$.events[1].id", "TL001", "another event already has the id 'rubio-visit' (line 10); give each event its own id, or merge the two records"),
            Error(21, 16, "$.events[1].title", "JS007", "expected a string, found a number"),
            Error(23, 50, "$.events[1].relations[0].event", "TL004", "unknown event 'trump-call'; add that event, or remove the relation"));
    }

    [Fact]
    public void Load_ByteOrderMarkAndUnknownCertainty_ReportsTheCertaintyWithColumnsAfterTheMark()
    {
        LoadFile("bom-unknown-certainty.json").Problems.Should().Equal(
            Error(4, 73, "$.events[0].certainty", "JS008", "unknown certainty 'unsure'; use one of: confirmed, reported, alleged, disputed"));
    }

    [Fact]
    public void Load_Latin1File_ReportsTheFirstByteThatIsNotUtf8()
    {
        LoadFile("latin1.json").Problems.Should().Equal(
            Error(5, 37, "$", "JS002", "the file is not valid UTF-8: the byte 0xF3 cannot appear here (was the file saved as Latin-1 or Windows-1252?); save it as UTF-8"));
    }

    [Fact]
    public void Load_NullByteInAString_ReportsIt()
    {
        LoadFile("null-byte.json").Problems.Should().Equal(
            Error(3, 19, "$.title", "JS001", "malformed JSON: '0x00' is invalid within a JSON string. The string should be correctly escaped"));
    }

    [Fact]
    public void Load_TruncatedFile_ReportsTheEndOfTheFile()
    {
        LoadFile("truncated.json").Problems.Should().Equal(
            Error(6, 34, "$.events[1]", "JS001", "malformed JSON: the file ends too early (expected end of string, but instead reached end of data)"));
    }
}
