using Annals.Dates;

namespace Annals.Tests.Dates;

public class ParseErrorTests
{
    [Fact]
    public void Parse_Null_FailsWithoutThrowing()
    {
        ParseError error = Edtf.Error(null);

        error.Position.Should().Be(0);
        error.Input.Should().BeEmpty();
        error.Message.Should().Contain("null");
    }

    [Fact]
    public void Parse_Empty_FailsAtPositionZero()
    {
        ParseError error = Edtf.Error(string.Empty);

        error.Position.Should().Be(0);
        error.Message.Should().Contain("empty");
    }

    [Theory]
    [InlineData(" 2025", 0, "space")]
    [InlineData("2025 ", 4, "space")]
    [InlineData("2025-04 ~", 7, "space")]
    [InlineData("garbage", 0, "expected a year of four digits, such as 2025, but found 'g'")]
    [InlineData("25", 0, "the year 25 has 2 digits; a year has exactly four")]
    [InlineData("20250", 4, "a year has exactly four digits")]
    [InlineData("2025-4", 5, "a month has exactly two digits")]
    [InlineData("2025-004", 7, "a month has exactly two digits")]
    [InlineData("2025-04-1", 8, "a day has exactly two digits")]
    [InlineData("2025-", 5, "the text ends where a month (01–12) or a season (21–41) was expected")]
    [InlineData("2025-04-", 8, "the text ends where a day (01–31) was expected")]
    [InlineData("2025-04-14x", 10, "unexpected 'x' after the date 2025-04-14")]
    [InlineData("2025-04-14\u0000", 10, "U+0000")]
    [InlineData("２０２５", 0, "U+FF12")]
    [InlineData("٢٠٢٥", 0, "U+0662")]
    [InlineData("-0000", 0, "year zero is written 0000")]
    [InlineData("-9999", 0, "the year -9999 is outside the supported range -9998..9999")]
    [InlineData("Y170000002", 0, "outside the supported range -9998..9999")]
    [InlineData("Y-17E7", 0, "outside the supported range -9998..9999")]
    [InlineData("-Y170000002", 1, "outside the supported range -9998..9999")]
    [InlineData("1950E2", 4, "exponential years")]
    [InlineData("1950S", 5, "the number of significant digits")]
    [InlineData("1950S5", 5, "1 to 4 significant digits")]
    [InlineData("1950S0", 5, "1 to 4 significant digits")]
    [InlineData("19XXS2", 4, "significant digits (S) need a year whose four digits are all given")]
    [InlineData("1950S2-05", 6, "a year with S cannot have a month")]
    [InlineData("1950S2~", 6, "takes no qualifiers")]
    public void Parse_BadText_NamesTheProblemAndItsPosition(string text, int position, string message)
    {
        ParseError error = Edtf.Error(text);

        error.Input.Should().Be(text);
        error.Position.Should().Be(position);
        error.Message.Should().Contain(message);
    }

    [Theory]
    [InlineData("2025-02-03T10:30", 16, "hh:mm:ss")]
    [InlineData("2025-02-03T24:00:00", 11, "hour 24 does not exist")]
    [InlineData("2025-02-03T10:60:00", 14, "minute 60 does not exist")]
    [InlineData("2025-02-03T10:30:60", 17, "second 60 does not exist")]
    [InlineData("2025-02-03T10:30:00.5", 19, "fractions of a second")]
    [InlineData("2025-02-03T10:30:00+19:00", 19, "beyond ±18:00")]
    [InlineData("2025-02-03T10:30:00+05:60", 23, "offset minutes 60")]
    [InlineData("2025-02-03T10:30:00+5", 20, "an offset is written")]
    [InlineData("2025-02-03T10:30:00~", 19, "qualifiers (~ ? %) are not allowed on date-times")]
    [InlineData("2025-02-03~T10:30:00", 10, "qualifiers (~ ? %) are not allowed on date-times")]
    [InlineData("?2025-02-03T10:30:00", 0, "qualifiers (~ ? %) are not allowed on date-times")]
    [InlineData("2025-02T10:30:00", 7, "a time needs a full date")]
    [InlineData("2025-02-XXT10:30:00", 10, "without unspecified digits")]
    public void Parse_BadDateTime_NamesTheProblemAndItsPosition(string text, int position, string message)
    {
        ParseError error = Edtf.Error(text);

        error.Position.Should().Be(position);
        error.Message.Should().Contain(message);
    }

    [Fact]
    public void Parse_HundredThousandCharacters_FailsWithoutThrowing()
    {
        string digits = new('1', 100_000);
        string garbage = new('~', 100_000);
        string set = "[" + string.Join(",", Enumerable.Repeat("2025", 20_000)) + "x";

        Edtf.Error(digits).Position.Should().Be(4);
        Edtf.Error(garbage).Position.Should().Be(1);
        Edtf.Error(set).Position.Should().Be(set.Length - 1);
    }

    [Fact]
    public void ParseError_ToString_ShowsTheOneBasedColumn()
    {
        Edtf.Error("2025-13").ToString().Should().StartWith("at character 6: month 13 does not exist");
    }

    [Fact]
    public void TryParse_BadText_ReturnsFalseAndNull()
    {
        EdtfDate.TryParse("2025-02-29", out EdtfDate? value).Should().BeFalse();
        value.Should().BeNull();
        EdtfDate.TryParse("2025-02-28", out value).Should().BeTrue();
        value.Should().Be(EdtfDate.Day(2025, 2, 28));
    }

    [Fact]
    public void ParseResult_GetValueOrThrow_ThrowsFormatExceptionCarryingTheError()
    {
        Action act = () => EdtfDate.Parse("2025-02-29").GetValueOrThrow();

        act.Should().Throw<FormatException>().WithMessage("at character 9: 2025-02-29 is not a day*");
    }
}
