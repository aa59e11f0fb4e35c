namespace Annals.Dates;

/// <summary>
/// The EDTF sub-year groupings, written in the month position with the codes 21 to 41 (for example <c>2001-21</c>).
/// </summary>
/// <remarks>
/// <para>
/// Each grouping maps to a fixed run of whole months (meteorological seasons), so its bounds are exact days:
/// spring is March to May, summer June to August, autumn September to November, and winter December of the year
/// to the end of February of the next year. The location-independent seasons (21–24) use the Northern Hemisphere
/// months. Southern Hemisphere seasons are shifted by six months: spring September to November, summer December to
/// the end of February of the next year, autumn March to May, winter June to August.
/// </para>
/// <para>Quarters, quadrimesters and semestrals divide the calendar year into three, four and six months.</para>
/// </remarks>
public enum Season
{
    /// <summary>Spring (code 21), independent of location: taken as March to May.</summary>
    Spring = 21,

    /// <summary>Summer (code 22), independent of location: taken as June to August.</summary>
    Summer = 22,

    /// <summary>Autumn (code 23), independent of location: taken as September to November.</summary>
    Autumn = 23,

    /// <summary>Winter (code 24), independent of location: taken as December to the end of February of the next year.</summary>
    Winter = 24,

    /// <summary>Spring in the Northern Hemisphere (code 25): March to May.</summary>
    NorthernSpring = 25,

    /// <summary>Summer in the Northern Hemisphere (code 26): June to August.</summary>
    NorthernSummer = 26,

    /// <summary>Autumn in the Northern Hemisphere (code 27): September to November.</summary>
    NorthernAutumn = 27,

    /// <summary>Winter in the Northern Hemisphere (code 28): December to the end of February of the next year.</summary>
    NorthernWinter = 28,

    /// <summary>Spring in the Southern Hemisphere (code 29): September to November.</summary>
    SouthernSpring = 29,

    /// <summary>Summer in the Southern Hemisphere (code 30): December to the end of February of the next year.</summary>
    SouthernSummer = 30,

    /// <summary>Autumn in the Southern Hemisphere (code 31): March to May.</summary>
    SouthernAutumn = 31,

    /// <summary>Winter in the Southern Hemisphere (code 32): June to August.</summary>
    SouthernWinter = 32,

    /// <summary>The first quarter (code 33): January to March.</summary>
    FirstQuarter = 33,

    /// <summary>The second quarter (code 34): April to June.</summary>
    SecondQuarter = 34,

    /// <summary>The third quarter (code 35): July to September.</summary>
    ThirdQuarter = 35,

    /// <summary>The fourth quarter (code 36): October to December.</summary>
    FourthQuarter = 36,

    /// <summary>The first quadrimester (code 37): January to April.</summary>
    FirstQuadrimester = 37,

    /// <summary>The second quadrimester (code 38): May to August.</summary>
    SecondQuadrimester = 38,

    /// <summary>The third quadrimester (code 39): September to December.</summary>
    ThirdQuadrimester = 39,

    /// <summary>The first semestral, or half-year (code 40): January to June.</summary>
    FirstSemestral = 40,

    /// <summary>The second semestral, or half-year (code 41): July to December.</summary>
    SecondSemestral = 41,
}
