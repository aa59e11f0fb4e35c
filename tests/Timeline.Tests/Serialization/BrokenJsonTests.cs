using System.Text;
using Annals.Serialization;
using static Annals.Tests.Serialization.LoadAssertions;

namespace Annals.Tests.Serialization;

/// <summary>Files that are not a well-formed JSON object: each reports exactly one problem, where the reading
/// stopped.</summary>
public class BrokenJsonTests
{
    private const string EmptyMessage =
        "the file is empty; a timeline file holds one object, such as {\"timeline\": 1, \"title\": \"…\"}";

    [Fact]
    public void Load_EmptyFile_ReportsEmptyFile()
    {
        var result = Load(string.Empty);

        result.Success.Should().BeFalse();
        result.Document.Should().BeNull();
        result.Problems.Should().Equal(Error(1, 1, "$", "JS004", EmptyMessage));
    }

    [Fact]
    public void Load_OnlyWhiteSpace_ReportsEmptyFile()
    {
        ProblemsOf("  \n\t \n").Should().Equal(Error(1, 1, "$", "JS004", EmptyMessage));
    }

    [Fact]
    public void Load_OnlyComments_ReportsEmptyFile()
    {
        ProblemsOf("// nothing yet\n/* still nothing */\n").Should().Equal(Error(1, 1, "$", "JS004", EmptyMessage));
    }

    [Fact]
    public void Load_TopLevelArray_ReportsWrongType()
    {
        ProblemsOf("[]").Should().Equal(Error(1, 1, "$", "JS007",
            "expected an object, found an array; a timeline file holds one object, such as {\"timeline\": 1, \"title\": \"…\"}"));
    }

    [Fact]
    public void Load_TopLevelNull_ReportsWrongType()
    {
        ProblemsOf("\n  null").Should().Equal(Error(2, 3, "$", "JS007",
            "expected an object, found null; a timeline file holds one object, such as {\"timeline\": 1, \"title\": \"…\"}"));
    }

    [Fact]
    public void Load_TruncatedObject_ReportsEndOfFile()
    {
        ProblemsOf("""{"timeline": 1, "title": "x" """).Should().Equal(Error(1, 30, "$", "JS001",
            "malformed JSON: the file ends too early (expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed)"));
    }

    [Fact]
    public void Load_TruncatedString_ReportsEndOfFileInThatField()
    {
        ProblemsOf("""{"timeline": 1, "title": "El Salv""").Should().Equal(Error(1, 34, "$.title", "JS001",
            "malformed JSON: the file ends too early (expected end of string, but instead reached end of data)"));
    }

    [Fact]
    public void Load_MissingComma_ReportsTheNextMember()
    {
        const string json = """
            {
              "timeline": 1
              "title": "x"
            }
            """;

        ProblemsOf(json).Should().Equal(Error(3, 3, "$", "JS001",
            "malformed JSON: '\"' is invalid after a value. Expected either ',', '}', or ']'"));
    }

    [Fact]
    public void Load_UnquotedFieldName_ReportsIt()
    {
        ProblemsOf("""{"timeline": 1, title: "x"}""").Should().Equal(Error(1, 17, "$", "JS001",
            "malformed JSON: 't' is an invalid start of a property name. Expected a '\"'"));
    }

    [Fact]
    public void Load_TwoTopLevelValues_ReportsTheSecond()
    {
        ProblemsOf("""{"timeline": 1, "title": "x"} {}""").Should().Equal(Error(1, 31, "$", "JS001",
            "malformed JSON: '{' is invalid after a single JSON value. Expected end of data"));
    }

    [Fact]
    public void Load_NullByteInString_ReportsItsPosition()
    {
        ProblemsOf("{\"timeline\": 1, \"title\": \"El\0Salvador\"}").Should().Equal(Error(1, 29, "$.title", "JS001",
            "malformed JSON: '0x00' is invalid within a JSON string. The string should be correctly escaped"));
    }

    [Fact]
    public void Load_NullByteBetweenTokens_ReportsItsPosition()
    {
        ProblemsOf("{\"timeline\": 1,\0 \"title\": \"x\"}").Should().Equal(Error(1, 16, "$", "JS001",
            "malformed JSON: '0x00' is an invalid start of a property name. Expected a '\"'"));
    }

    [Fact]
    public void Load_LoneSurrogateEscape_ReportsTheString()
    {
        ProblemsOf("""{"timeline": 1, "title": "\uD800"}""").Should().Equal(Error(1, 26, "$.title", "JS001",
            "malformed JSON: cannot read incomplete UTF-16 JSON text as string with missing low surrogate"));
    }

    [Fact]
    public void Load_InvalidUtf8Byte_ReportsItsPosition()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"timeline\": 1,\n \"title\": \"El Salvador\"}");
        bytes[Array.IndexOf(bytes, (byte)'S')] = 0xFF;

        Load(bytes).Problems.Should().Equal(Error(2, 15, "$", "JS002",
            "the file is not valid UTF-8: the byte 0xFF cannot appear here (was the file saved as Latin-1 or Windows-1252?); save it as UTF-8"));
    }

    [Fact]
    public void Load_Latin1File_ReportsTheFirstAccentedLetter()
    {
        var bytes = Encoding.Latin1.GetBytes("{\"timeline\": 1,\n \"title\": \"Núñez\"}");

        Load(bytes).Problems.Should().Equal(Error(2, 13, "$", "JS002",
            "the file is not valid UTF-8: the byte 0xFA cannot appear here (was the file saved as Latin-1 or Windows-1252?); save it as UTF-8"));
    }

    [Fact]
    public void Load_Utf16File_SaysSo()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"timeline\": 1}")).ToArray();

        Load(bytes).Problems.Should().Equal(Error(1, 1, "$", "JS002", "the file is UTF-16, not UTF-8; save it as UTF-8"));
    }

    [Fact]
    public void Load_NestingDeeperThanTheLimit_ReportsTheLevelThatIsTooDeep()
    {
        var json = """{"timeline": 1, "title": "x", "x-deep": """ + new string('[', 100) + new string(']', 100) + "}";

        ProblemsOf(json).Should().Equal(Error(1, 104, "$['x-deep']" + string.Concat(Enumerable.Repeat("[0]", 63)), "JS003",
            "the JSON nests more than 64 levels deep here, the limit; a timeline file never needs that many, but for deeper extension data raise LoadOptions.MaxDepth (--max-depth in the timeline tool)"));
    }

    [Fact]
    public void Load_NestingAtTheLimit_IsAccepted()
    {
        // The top-level object is level 1, so an extension field may nest 63 levels.
        var json = """{"timeline": 1, "title": "x", "x-deep": """ + new string('[', 63) + new string(']', 63) + "}";

        ProblemsOf(json).Should().BeEmpty();
    }

    [Fact]
    public void Load_HugeNesting_DoesNotOverflowTheStack()
    {
        var json = new string('[', 1_000_000);

        ProblemsOf(json).Should().Equal(Error(1, 65, "$" + string.Concat(Enumerable.Repeat("[0]", 64)), "JS003",
            "the JSON nests more than 64 levels deep here, the limit; a timeline file never needs that many, but for deeper extension data raise LoadOptions.MaxDepth (--max-depth in the timeline tool)"));
    }

    [Fact]
    public void Load_ByteOrderMark_IsAcceptedAndTakesNoColumn()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"timeline": 1, "title": 5}""")).ToArray();

        Load(bytes).Problems.Should().Equal(Error(1, 26, "$.title", "JS007", "expected a string, found a number"));
    }

    [Fact]
    public void Load_ByteOrderMarkOnValidFile_Loads()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"timeline": 1, "title": "x"}""")).ToArray();

        var result = Load(bytes);

        result.Problems.Should().BeEmpty();
        result.Timeline!.Title.Should().Be("x");
    }

    [Fact]
    public void Load_CrLfLineEnds_CountsLinesAndColumns()
    {
        ProblemsOf("{\r\n  \"timeline\": 1,\r\n  \"title\": 5\r\n}\r\n").Should().Equal(
            Error(3, 12, "$.title", "JS007", "expected a string, found a number"));
    }

    [Fact]
    public void Load_EmojiBeforeTheProblem_CountsTwoColumnsAsEditorsDo()
    {
        ProblemsOf("""{"title": "😂", "timeline": "1"}""").Should().Equal(
            Error(1, 29, "$.timeline", "JS007", "expected the number 1, found a string"));
    }

    [Fact]
    public void Load_CommentsAndTrailingCommas_AreAccepted()
    {
        const string json = """
            // A chronology, with comments.
            {
              "timeline": 1, /* the format version */
              "title": "x",
              "events": [
                {"id": "a", "title": "A", "date": "2025",},
              ],
            }
            """;

        var result = Load(json);

        result.Problems.Should().BeEmpty();
        result.Timeline!.Single().Id.Should().Be("a");
    }
}
