using System.Globalization;
using Annals.Dates;

namespace Annals.Tests.Dates;

public class CultureIndependenceTests
{
    private static readonly string[] Inputs =
    [
        "2025", "-0044-03-15", "2025-04~", "?2004-06-~11", "1979-XX-28", "2001-24", "1950S2",
        "2025-02-03T10:30:00-06", "1984?/2004~", "../2021", "[1667, 1668, 1670..1672]", "{1960,1961-12}",
        "2025-02-29", "2025-13", "-9999", "garbage", "[1672..1670]", "2021/2020", "2025-02-03T10:30:00+19:00",
    ];

    public static TheoryData<string> Cultures => new() { "tr-TR", "th-TH", "ar-SA", "fa-IR" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void ParseFormatAndDescribe_UnderAnotherCulture_MatchTheInvariantResults(string culture)
    {
        string[] invariant = InCulture(CultureInfo.InvariantCulture, Snapshot);

        string[] local = InCulture(CultureInfo.GetCultureInfo(culture), Snapshot);

        local.Should().Equal(invariant);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void FactoryMessages_UnderAnotherCulture_MatchTheInvariantMessages(string culture)
    {
        static string[] Messages() =>
        [
            Catch(() => EdtfDate.Day(-44, 2, 30)),
            Catch(() => EdtfDate.Year(-9999)),
            Catch(() => EdtfDate.Between(EdtfDate.Year(-10), EdtfDate.Year(-20))),
            EdtfDate.Day(-44, 3, 15).ToString(),
            EdtfDate.Day(-44, 3, 15).Describe(),
        ];

        InCulture(CultureInfo.GetCultureInfo(culture), Messages).Should().Equal(InCulture(CultureInfo.InvariantCulture, Messages));
    }

    [Fact]
    public void InCulture_RestoresTheCulturesAfterwards()
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        CultureInfo beforeUi = CultureInfo.CurrentUICulture;

        InCulture(CultureInfo.GetCultureInfo("tr-TR"), () => Array.Empty<string>());

        CultureInfo.CurrentCulture.Should().Be(before);
        CultureInfo.CurrentUICulture.Should().Be(beforeUi);
    }

    private static string[] Snapshot() => [.. Inputs.Select(Describe)];

    private static string Describe(string text)
    {
        ParseResult<EdtfDate> result = EdtfDate.Parse(text);
        if (!result.Success)
        {
            return "error " + result.Error;
        }

        EdtfDate value = result.Value;
        return string.Join(
            " | ",
            value.ToString(),
            value.Describe(),
            value.Precision,
            value.Earliest is { } e ? e.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "-",
            value.Latest is { } l ? l.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "-",
            EdtfDate.Parse(value.ToString()).Value == value);
    }

    private static string Catch(Action action)
    {
        try
        {
            action();
            return "no exception";
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    private static string[] InCulture(CultureInfo culture, Func<string[]> action)
    {
        CultureInfo culture0 = CultureInfo.CurrentCulture;
        CultureInfo ui0 = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = ui0;
        }
    }
}
