using System.Text;

namespace Annals.Cli.Tests;

/// <summary>Hostile and broken input and unwritable output: the tool exits with 1 and one line per problem,
/// <c>FILE:LINE:COL: message</c>, never a stack trace.</summary>
public sealed class HostileInputTests
{
    private static void ShouldFailWithOneLine(CliResult result, string startsWith, int exitCode = ExitCodes.InvalidInput)
    {
        result.ExitCode.Should().Be(exitCode, "stderr was: {0}", result.Stderr.Length > 500 ? result.Stderr[..500] : result.Stderr);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith(startsWith);
        result.Stderr.Should().NotContain("   at ").And.NotContain("Exception");
        result.Stderr.Length.Should().BeLessThan(600);
    }

    private static string Write(TempDirectory folder, string name, byte[] bytes)
    {
        var path = folder.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static TheoryData<string, string, string> HostileFiles() => new()
    {
        { "title", """{"timeline": 1, "title": """ + "\"" + new string('a', 10_000_000) + "\"}", ":1:26: error JS016 $.title: this string is longer than the limit of 1,048,576 characters; shorten it, or raise LoadOptions.MaxStringLength (--max-string-length in the timeline tool)" },
        { "nested", """{"timeline": 1, "title": "T", "x": """ + new string('[', 100_000) + new string(']', 100_000) + "}", ":1:99: error JS003 $.x[0]" },
        { "date", """{"timeline": 1, "title": "T", "events": [{"id": "a", "title": "A", "date": "2025""" + new string('?', 100_000) + "\"}]}", ":1:82: error JS011 $.events[0].date: invalid date '2025???" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void Validate_HostileFile_PrintsOneProblemLine(string name, string json, string expected)
    {
        using var folder = new TempDirectory();
        var path = folder.File(name + ".json", json);

        ShouldFailWithOneLine(Cli.Run("validate", path), path + expected);
        ShouldFailWithOneLine(Cli.Run("render", path, "--format", "json"), path + expected);
    }

    [Fact]
    public void Validate_FileLargerThanTheLimit_SaysHowToRaiseIt()
    {
        using var folder = new TempDirectory();
        var path = folder.File("big.json", """{"timeline": 1, "title": "A title that makes the file larger than 40 bytes"}""");

        ShouldFailWithOneLine(
            Cli.Run("validate", "--max-file-size", "40", path),
            path + ":1:1: error JS015 $: the file is larger than the limit of 40 bytes; split it into smaller files, or raise LoadOptions.MaxFileSize (--max-file-size in the timeline tool)");
        Cli.Run("validate", "--max-file-size", "1KiB", path).ExitCode.Should().Be(ExitCodes.Success);
    }

    [Fact]
    public void Validate_LimitOptions_RaiseAndLowerTheLimits()
    {
        using var folder = new TempDirectory();
        var path = folder.File("t.json", """{"timeline": 1, "title": "T", "events": [{"id": "a", "title": "A", "date": "2025", "x-deep": [[[]]]}]}""");

        Cli.Run("validate", path).ExitCode.Should().Be(ExitCodes.Success);
        ShouldFailWithOneLine(Cli.Run("validate", "--max-events", "0", path), path + ":1:42: error JS017 $.events[0]: the file has more than 0 events");
        ShouldFailWithOneLine(Cli.Run("validate", "--max-depth", "4", path), path + ":1:95: error JS003");
        ShouldFailWithOneLine(Cli.Run("validate", "--max-string-length", "5", path), path + ":1:2: error JS016 $: this field name is longer than the limit of 5 characters");
        Cli.Run("validate", "--max-depth", "6", "--max-events", "1", "--max-string-length", "8", "--max-file-size", "1 MB", path)
            .ExitCode.Should().Be(ExitCodes.Success);
    }

    [Theory]
    [InlineData("--max-file-size", "lots", "timeline validate: --max-file-size: 'lots' is not a size from 1 byte to 2000000000 bytes; write a number of bytes, or one with a unit, such as 256MiB or 1GB")]
    [InlineData("--max-file-size", "3GiB", "timeline validate: --max-file-size: '3GiB' is not a size")]
    [InlineData("--max-events", "-1", "timeline validate: --max-events: '-1' is not a whole number from 0 to 2147483647")]
    [InlineData("--max-depth", "5000", "timeline validate: --max-depth: '5000' is not a whole number from 1 to 1000")]
    [InlineData("--max-string-length", "0", "timeline validate: --max-string-length: '0' is not a whole number from 1 to 2147483647")]
    public void Validate_BadLimit_IsAUsageError(string option, string value, string expected)
    {
        ShouldFailWithOneLine(Cli.Run("validate", option, value, "x.json"), expected, ExitCodes.UsageError);
    }

    [Fact]
    public void Render_BadLimit_IsAUsageError()
    {
        ShouldFailWithOneLine(Cli.Run("render", "--max-events", "many", "x.json"), "timeline render: --max-events: 'many' is not a whole number", ExitCodes.UsageError);
        ShouldFailWithOneLine(Cli.Run("diff", "--from-date", "2025-01-01", "--to-date", "2025-02-01", "--max-depth", "0"), "timeline diff: --max-depth: '0'", ExitCodes.UsageError);
    }

    [Fact]
    public void Validate_Latin1File_SaysItIsNotUtf8()
    {
        using var folder = new TempDirectory();
        var path = Write(folder, "latin1.json", Encoding.Latin1.GetBytes("""{"timeline": 1, "title": "Núñez"}"""));

        ShouldFailWithOneLine(
            Cli.Run("validate", path),
            path + ":1:28: error JS002 $: the file is not valid UTF-8: the byte 0xFA cannot appear here (was the file saved as Latin-1 or Windows-1252?); save it as UTF-8");
    }

    [Fact]
    public void Validate_Utf16FileWithByteOrderMark_SaysItIsNotUtf8()
    {
        using var folder = new TempDirectory();
        var path = Write(folder, "utf16.json", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("""{"timeline": 1, "title": "T"}""")]);

        ShouldFailWithOneLine(Cli.Run("validate", path), path + ":1:1: error JS002 $: the file is UTF-16, not UTF-8; save it as UTF-8");
    }

    [Fact]
    public void Validate_Folder_SaysItIsAFolder()
    {
        using var folder = new TempDirectory();

        ShouldFailWithOneLine(
            Cli.Run("validate", folder.Path),
            folder.Path + ": cannot read the file: it is a folder, not a file; give the path of a timeline file (.json)");
        ShouldFailWithOneLine(
            Cli.Run("render", folder.Path),
            folder.Path + ": cannot read the file: it is a folder, not a file");
    }

    [Fact]
    public void Validate_MissingFileOrFolder_SaysWhichIsMissing()
    {
        using var folder = new TempDirectory();
        var missingFile = Path.Combine(folder.Path, "nowhere.json");
        var missingFolder = Path.Combine(folder.Path, "nowhere", "x.json");

        ShouldFailWithOneLine(Cli.Run("validate", missingFile), missingFile + ": cannot read the file: there is no such file; check the path, or give - to read standard input");
        ShouldFailWithOneLine(
            Cli.Run("validate", missingFolder),
            missingFolder + ": cannot read the file: the folder \"" + Path.Combine(folder.Path, "nowhere") + "\" does not exist; check the path");
    }

    [Fact]
    public void Render_OutputInAMissingFolder_PrintsOneLineAndExitsOne()
    {
        using var folder = new TempDirectory();
        var target = Path.Combine(folder.Path, "missing", "out.md");

        ShouldFailWithOneLine(
            Cli.Run("render", "-o", target),
            "timeline render: cannot write \"" + target + "\": the folder \"" + Path.Combine(folder.Path, "missing") + "\" does not exist; create it first");
        Directory.Exists(Path.Combine(folder.Path, "missing")).Should().BeFalse();
    }

    [Fact]
    public void Render_OutputThatIsAFolder_PrintsOneLineAndExitsOne()
    {
        using var folder = new TempDirectory();

        ShouldFailWithOneLine(
            Cli.Run("render", "--format", "ics", "-o", folder.Path),
            "timeline render: cannot write \"" + folder.Path + "\": it is a folder, not a file; give a file name, such as chronology.md");
        Directory.EnumerateFileSystemEntries(folder.Path).Should().BeEmpty("no temporary file is left behind");
    }

    [Fact]
    public void Generate_OutputInAMissingFolder_PrintsOneLineAndExitsOne()
    {
        using var folder = new TempDirectory();
        var target = Path.Combine(folder.Path, "missing", "out.json");

        ShouldFailWithOneLine(Cli.Run("generate", "--events", "3", "-o", target), "timeline generate: cannot write \"" + target + "\": the folder ");
    }

    [Fact]
    public void Date_HundredThousandCharacters_PrintsOneShortLine()
    {
        var expression = "2025-01-01" + new string('~', 100_000);

        ShouldFailWithOneLine(Cli.Run("date", expression), "timeline date: invalid EDTF \"2025-01-01~~~");
        ShouldFailWithOneLine(Cli.Run("date", "--json", new string('9', 100_000)), "timeline date: invalid EDTF \"9999");
    }

    [Fact]
    public void Resolve_HundredThousandCharacters_PrintsOneShortLine()
    {
        ShouldFailWithOneLine(Cli.Run("resolve", string.Concat(Enumerable.Repeat("next ", 20_000)), "--anchor", "2025-03-28"), "timeline resolve: cannot resolve \"next next ");
    }
}
