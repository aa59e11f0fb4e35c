using System.Globalization;
using Annals.Dates;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Annals.Tests.Dates;

/// <summary>Random text built from the characters EDTF uses, for robustness properties.</summary>
public sealed record EdtfNoise(string Text)
{
    public override string ToString() => "\"" + Text + "\"";
}

/// <summary>FsCheck arbitraries for <see cref="EdtfDate"/> values of every kind, and for EDTF-like noise.</summary>
public static class EdtfArbitraries
{
    private const string Alphabet = "0123456789X-/.~?%[]{},YESZ+T:^ ";

    private static readonly string[] Zones = ["Europe/Paris", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu", "UTC", "Pacific/Chatham"];

    /// <summary>Any value: single dates (with qualifiers, unspecified digits, seasons, significant digits), date-times
    /// (local, offset, zoned), intervals with every kind of end, and one-of and all-of sets with ranges and open members.</summary>
    public static Arbitrary<EdtfDate> Dates() => Arb.From(AnyDate);

    /// <summary>Strings of EDTF characters, and valid EDTF with one character changed, inserted or removed.</summary>
    public static Arbitrary<EdtfNoise> Noise() => Arb.From(Gen.OneOf(AlphabetSoup, Mutated).Select(t => new EdtfNoise(t)));

    internal static Gen<EdtfDate> AnyDate => Gen.Frequency(
        (5, SingleDate.Select(d => (EdtfDate)d)),
        (1, DateTime.Select(d => (EdtfDate)d)),
        (2, Interval.Select(d => (EdtfDate)d)),
        (2, Set.Select(d => (EdtfDate)d)));

    private static Gen<string> Qualifier => Gen.Frequency(
        (6, Gen.Constant(string.Empty)), (1, Gen.Constant("~")), (1, Gen.Constant("?")), (1, Gen.Constant("%")));

    /// <summary>A mask of positions to write as X: mostly none, often trailing, sometimes anywhere.</summary>
    private static Gen<int> Mask(int width) => Gen.Frequency(
        (12, Gen.Constant(0)),
        (2, Gen.Choose(1, width).Select(n => (1 << n) - 1)),
        (1, Gen.Choose(1, (1 << width) - 1)));

    private static Gen<string> SingleDateText =>
        from negative in Gen.Frequency((8, Gen.Constant(false)), (1, Gen.Constant(true)))
        from year in Gen.Choose(negative ? 1 : 0, negative ? 9000 : 9999)
        from yearMask in Mask(4)
        from shape in Gen.Elements("Y", "YM", "YMD", "YMD", "YS", "Sig")
        from month in Gen.Choose(1, 12)
        from monthMask in Mask(2)
        from day in Gen.Choose(1, 31)
        from dayMask in Mask(2)
        from season in Gen.Choose(21, 41)
        from significant in Gen.Choose(1, 4)
        from qualifiers in Gen.ArrayOf(Qualifier, 3)
        from trailing in Gen.Elements(true, false)
        select Build(negative, year, yearMask, shape, month, monthMask, day, dayMask, season, significant, qualifiers, trailing);

    private static Gen<EdtfSingleDate> SingleDate =>
        SingleDateText.Select(EdtfDate.Parse).Where(r => r.Success).Select(r => (EdtfSingleDate)r.Value);

    private static Gen<EdtfSingleDate> DateTime =>
        from year in Gen.Choose(1, 9998)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        from hour in Gen.Choose(0, 23)
        from minute in Gen.Choose(0, 59)
        from second in Gen.Choose(0, 59)
        from kind in Gen.Choose(0, 2)
        from quarterHours in Gen.Choose(-18 * 4, 18 * 4)
        from zone in Gen.Elements(Zones)
        from modernYear in Gen.Choose(1971, 2100)
        select kind switch
        {
            0 => EdtfDate.FromLocalDateTime(new LocalDateTime(year, month, day, hour, minute, second)),
            1 => EdtfDate.FromOffsetDateTime(new OffsetDateTime(
                new LocalDateTime(year, month, day, hour, minute, second), Offset.FromSeconds(quarterHours * 900))),
            _ => EdtfDate.FromZoned(new LocalDateTime(modernYear, month, day, hour, minute, second)
                .InZoneLeniently(DateTimeZoneProviders.Tzdb[zone])),
        };

    private static Gen<IntervalEndKind> EndKind => Gen.Frequency(
        (6, Gen.Constant(IntervalEndKind.Known)), (1, Gen.Constant(IntervalEndKind.Open)), (1, Gen.Constant(IntervalEndKind.Unknown)));

    private static Gen<EdtfInterval> Interval =>
        from a in SingleDate
        from b in SingleDate
        from startKind in EndKind
        from endKind in EndKind
        where startKind == IntervalEndKind.Known || endKind == IntervalEndKind.Known
        let ordered = a.Earliest <= b.Earliest
        select EdtfInterval.Create(End(startKind, ordered ? a : b), End(endKind, ordered ? b : a));

    private static Gen<EdtfSetMember> RangeMember =>
        from precision in Gen.Elements(DatePrecision.Year, DatePrecision.Month, DatePrecision.Day)
        from start in Gen.Choose(-700_000, 700_000)
        from length in Gen.Choose(0, 40)
        let first = new LocalDate(2000, 1, 1).PlusDays(start)
        select precision switch
        {
            DatePrecision.Year => EdtfSetMember.Range(
                (EdtfSingleDate)EdtfDate.Year(first.Year), (EdtfSingleDate)EdtfDate.Year(Math.Min(first.Year + length, 9999))),
            DatePrecision.Month => EdtfSetMember.Range(
                EdtfDate.FromYearMonth(first.ToYearMonth()), EdtfDate.FromYearMonth(first.PlusMonths(length).ToYearMonth())),
            _ => EdtfSetMember.Range(EdtfDate.FromLocalDate(first), EdtfDate.FromLocalDate(first.PlusDays(length))),
        };

    private static Gen<EdtfSetMember> Member => Gen.Frequency(
        (4, SingleDate.Select(EdtfSetMember.Of)),
        (1, RangeMember));

    private static Gen<EdtfSet> Set =>
        from count in Gen.Choose(1, 4)
        from members in Gen.ArrayOf(Member, count)
        from openStart in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from openEnd in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from startDate in SingleDate
        from endDate in SingleDate
        from allOf in Gen.Elements(true, false)
        let all = (openStart ? [EdtfSetMember.OnOrBefore(startDate)] : Array.Empty<EdtfSetMember>())
            .Concat(members)
            .Concat(openEnd ? [EdtfSetMember.OnOrAfter(endDate)] : Array.Empty<EdtfSetMember>())
        select allOf ? EdtfSet.AllOf(all) : EdtfSet.OneOf(all);

    private static Gen<string> AlphabetSoup =>
        from length in Gen.Choose(0, 40)
        from chars in Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), length)
        select new string(chars);

    private static Gen<string> Mutated =>
        from value in AnyDate
        let text = value.ToString()
        from position in Gen.Choose(0, text.Length)
        from operation in Gen.Choose(0, 2)
        from c in Gen.Elements(Alphabet.ToCharArray())
        select operation switch
        {
            0 => text.Insert(position, c.ToString()),
            1 when position < text.Length => text.Remove(position, 1),
            _ when position < text.Length => text.Remove(position, 1).Insert(position, c.ToString()),
            _ => text + c,
        };

    private static IntervalEnd End(IntervalEndKind kind, EdtfSingleDate date) => kind switch
    {
        IntervalEndKind.Open => IntervalEnd.Open,
        IntervalEndKind.Unknown => IntervalEnd.Unknown,
        _ => IntervalEnd.At(date),
    };

    private static string Build(
        bool negative, int year, int yearMask, string shape, int month, int monthMask, int day, int dayMask,
        int season, int significant, string[] qualifiers, bool trailing)
    {
        string y = (negative ? "-" : string.Empty) + Apply(year.ToString("D4", CultureInfo.InvariantCulture), yearMask);
        if (shape == "Sig")
        {
            return (negative ? "-" : string.Empty) + year.ToString("D4", CultureInfo.InvariantCulture)
                + "S" + significant.ToString(CultureInfo.InvariantCulture);
        }

        var parts = new List<string> { y };
        if (shape == "YS")
        {
            parts.Add(season.ToString(CultureInfo.InvariantCulture));
        }

        if (shape is "YM" or "YMD")
        {
            parts.Add(Apply(month.ToString("D2", CultureInfo.InvariantCulture), monthMask));
        }

        if (shape == "YMD")
        {
            parts.Add(Apply(day.ToString("D2", CultureInfo.InvariantCulture), dayMask));
        }

        return trailing
            ? string.Join("-", parts) + qualifiers[0]
            : string.Join("-", parts.Select((p, i) => qualifiers[i] + p));
    }

    /// <summary>Replaces the digits selected by the mask (bit 0 is the last digit) with X.</summary>
    private static string Apply(string digits, int mask)
    {
        char[] chars = digits.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if ((mask & (1 << (chars.Length - 1 - i))) != 0)
            {
                chars[i] = 'X';
            }
        }

        return new string(chars);
    }
}
