using Annals.Dates;

namespace Annals.Tests.Dates;

public class OrderingTests
{
    [Fact]
    public void Comparer_SortsByEarliestThenLatestThenFinerPrecisionThenText()
    {
        string[] shuffled =
        [
            "2025/..", "[2025,2026]", "2025~", "2025", "2025-01-01/2025-12-31", "2025-01", "2025-01-01",
            "2025-01-01T00:00:00Z", "2025-01-01T00:00:00", "/2025", "../2025", "2025?", "2024-12",
        ];
        List<EdtfDate> dates = [.. shuffled.Select(Edtf.Parse)];

        dates.Sort(EdtfDate.Comparer);

        dates.Select(d => d.ToString()).Should().Equal(
            "../2025",                 // unknown earliest first; '.' sorts before '/'
            "/2025",
            "2024-12",                 // earliest 2024-12-01
            "2025-01-01T00:00:00",     // same bounds as 2025-01-01, finer precision first
            "2025-01-01T00:00:00Z",
            "2025-01-01",
            "2025-01",                 // latest 2025-01-31
            "2025-01-01/2025-12-31",   // latest 2025-12-31, day precision before year precision
            "2025",
            "2025?",                   // same bounds and precision: canonical text, ordinal
            "2025~",
            "[2025,2026]",             // latest 2026-12-31
            "2025/..");                // unknown latest last
    }

    [Fact]
    public void CompareTo_Null_SortsNullFirst()
    {
        EdtfDate date = EdtfDate.Year(2025);

        date.CompareTo(null).Should().BePositive();
        EdtfDate.Comparer.Compare(null, date).Should().BeNegative();
        EdtfDate.Comparer.Compare(null, null).Should().Be(0);
        (null < date).Should().BeTrue();
        (date > null).Should().BeTrue();
        (null <= (EdtfDate?)null).Should().BeTrue();
    }

    [Fact]
    public void CompareTo_EqualValues_IsZeroAndOperatorsAgree()
    {
        EdtfDate a = Edtf.Parse("?2004-?06-?11");
        EdtfDate b = Edtf.Parse("2004-06-11?");

        a.CompareTo(b).Should().Be(0);
        (a == b).Should().BeTrue();
        (a <= b && a >= b).Should().BeTrue();
        (a < b || a > b).Should().BeFalse();
    }

    [Fact]
    public void CompareTo_QualifierOnly_DoesNotChangeTheBoundsPartOfTheOrder()
    {
        EdtfDate plain = Edtf.Parse("2025-04");
        EdtfDate approximate = Edtf.Parse("2025-04~");
        EdtfDate may = Edtf.Parse("2025-05");

        plain.Should().BeLessThan(approximate);
        approximate.Should().BeLessThan(may);
    }

    [Fact]
    public void CompareTo_NegativeYears_SortChronologically()
    {
        string[] texts = ["0001", "-0001", "0000", "-0044-03-15", "-1XXX"];
        List<EdtfDate> dates = [.. texts.Select(Edtf.Parse)];

        dates.Sort();

        dates.Select(d => d.ToString()).Should().Equal("-1XXX", "-0044-03-15", "-0001", "0000", "0001");
    }

    [Fact]
    public void CompareTo_ObjectOfAnotherType_Throws()
    {
        IComparable date = EdtfDate.Year(2025);

        Action act = () => date.CompareTo("2025");

        act.Should().Throw<ArgumentException>().WithParameterName("obj").WithMessage("*System.String*");
    }
}
