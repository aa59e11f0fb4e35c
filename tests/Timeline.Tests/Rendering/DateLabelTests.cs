using System.Globalization;
using Annals.Rendering;
using static Annals.Tests.Rendering.RenderingTestData;

namespace Annals.Tests.Rendering;

public class DateLabelTests
{
    [Theory]
    [InlineData("2025-02-03", "3 February 2025")]
    [InlineData("2025-02", "February 2025")]
    [InlineData("2021", "2021")]
    [InlineData("202X", "2020s")]
    [InlineData("19XX", "1900s")]
    [InlineData("1950S2", "1900s")]
    [InlineData("2025-XX", "2025")]
    [InlineData("2025-1X", "October–December 2025")]
    [InlineData("2025-01-XX", "January 2025")]
    [InlineData("2025-01-0X", "early January 2025")]
    [InlineData("2025-01-1X", "mid January 2025")]
    [InlineData("2025-01-2X", "late January 2025")]
    [InlineData("2025-01-2X~", "c. late January 2025")]
    [InlineData("2025-04~", "c. April 2025")]
    [InlineData("2021?", "possibly 2021")]
    [InlineData("2021%", "possibly c. 2021")]
    [InlineData("2004-06-~11", "c. 11 June 2004")]
    [InlineData("2001-21", "spring 2001")]
    [InlineData("2001-24", "winter 2001")]
    [InlineData("2025-29", "spring 2025 (Southern Hemisphere)")]
    [InlineData("2025-33", "first quarter of 2025")]
    [InlineData("2025-40", "first half of 2025")]
    [InlineData("2025-38", "May–August 2025")]
    [InlineData("-0043", "44 BCE")]
    [InlineData("2025-02-03T10:30:00Z", "3 February 2025, 10:30 UTC")]
    [InlineData("2025-02-03T10:30:00-05:00", "3 February 2025, 10:30 UTC−05:00")]
    [InlineData("2025-03-15/2025-03-16", "15–16 March 2025")]
    [InlineData("2025-03-30/2025-04-02", "30 March – 2 April 2025")]
    [InlineData("2024-12-30/2025-01-02", "30 December 2024 – 2 January 2025")]
    [InlineData("2025-03/2025-05", "March–May 2025")]
    [InlineData("2019/2021", "2019–2021")]
    [InlineData("2019/2021-05", "2019 – May 2021")]
    [InlineData("1984?/2004~", "possibly 1984 – c. 2004")]
    [InlineData("../2021", "before 2021")]
    [InlineData("/2021", "before 2021")]
    [InlineData("2025-04/..", "after April 2025")]
    [InlineData("2025-04/", "after April 2025")]
    [InlineData("[2025-01-22..2025-01-24]", "between 22 and 24 January 2025")]
    [InlineData("[2025-03..2025-05]", "between March and May 2025")]
    [InlineData("[2019..2021]", "between 2019 and 2021")]
    [InlineData("[..2021]", "2021 or earlier")]
    [InlineData("[2025-04..]", "April 2025 or later")]
    [InlineData("[1667,1668,1670..1672]", "1667, 1668 or 1670–1672")]
    [InlineData("[2025-03,2025-05]", "March or May 2025")]
    [InlineData("{2025-03-15,2025-03-16}", "15 and 16 March 2025")]
    [InlineData("{1960,1961-12}", "1960 and December 1961")]
    public void Format_NoCulture_WritesInvariantEnglishLabel(string edtf, string expected)
    {
        DateLabel.Format(D(edtf)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2025-02-03", "en-US", "February 3, 2025")]
    [InlineData("2025-02-03", "en-GB", "3 February 2025")]
    [InlineData("2025-02-03", "es-SV", "3 de febrero de 2025")]
    [InlineData("2025-02-03", "fr-FR", "3 février 2025")]
    [InlineData("2025-02", "es-SV", "febrero de 2025")]
    [InlineData("2025-03-15/2025-03-16", "en-US", "March 15–16, 2025")]
    [InlineData("2025-03-15/2025-03-16", "es-SV", "15–16 de marzo de 2025")]
    [InlineData("2025-03-30/2025-04-02", "en-US", "March 30 – April 2, 2025")]
    [InlineData("2025-03-30/2025-04-02", "es-SV", "30 de marzo – 2 de abril de 2025")]
    [InlineData("2025-01-2X~", "es-SV", "c. finales de enero de 2025")]
    [InlineData("[2025-01-22..2025-01-24]", "en-US", "between January 22 and 24, 2025")]
    [InlineData("[2025-01-22..2025-01-24]", "es-SV", "entre el 22 y el 24 de enero de 2025")]
    [InlineData("2021?", "es-SV", "posiblemente 2021")]
    [InlineData("../2021", "es-SV", "antes de 2021")]
    [InlineData("2025-04/..", "es-SV", "después de abril de 2025")]
    [InlineData("202X", "es-SV", "década de 2020")]
    [InlineData("2001-21", "es-SV", "primavera de 2001")]
    [InlineData("-0043", "es-SV", "44 a. C.")]
    [InlineData("2025-01-2X~", "fr-FR", "c. late janvier 2025")]
    [InlineData("2025-02-03", "de-DE", "3. Februar 2025")]
    public void Format_Culture_FollowsCultureOrderAndMonthNames(string edtf, string culture, string expected)
    {
        DateLabel.Format(D(edtf), CultureInfo.GetCultureInfo(culture)).Should().Be(expected);
    }

    [Theory]
    [InlineData("th-TH", "3 กุมภาพันธ์ 2025")]
    [InlineData("ar-SA", "3 فبراير 2025")]
    [InlineData("fa-IR", "2025 فوریهٔ 3")]
    public void Format_CultureWithNonGregorianDefaultCalendar_WritesGregorianMonthAndYear(string culture, string expected)
    {
        DateLabel.Format(D("2025-02-03"), CultureInfo.GetCultureInfo(culture)).Should().Be(expected);
    }

    [Fact]
    public void Format_InvariantCulture_IsTheSameAsNoCulture()
    {
        DateLabel.Format(D("2025-01-2X~"), CultureInfo.InvariantCulture).Should().Be(DateLabel.Format(D("2025-01-2X~")));
    }

    [Fact]
    public void Format_Null_Throws()
    {
        var act = () => DateLabel.Format(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
