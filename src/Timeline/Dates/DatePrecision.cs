namespace Annals.Dates;

/// <summary>How finely a date is written, from the coarsest (<see cref="Millennium"/>) to the finest (<see cref="Time"/>).</summary>
/// <remarks>
/// The numeric values increase with fineness, so <c>a &lt; b</c> means that <c>a</c> is coarser than <c>b</c>.
/// For intervals and sets the precision is the coarsest among the dates they contain.
/// </remarks>
public enum DatePrecision
{
    /// <summary>A thousand-year span: a year with three or four unspecified trailing digits (<c>2XXX</c>), or one significant digit (<c>1950S1</c>).</summary>
    Millennium,

    /// <summary>A hundred-year span: a year with two unspecified trailing digits (<c>20XX</c>), or two significant digits (<c>1950S2</c>).</summary>
    Century,

    /// <summary>A ten-year span: a year with one unspecified trailing digit (<c>201X</c>), or three significant digits (<c>1950S3</c>).</summary>
    Decade,

    /// <summary>A year, such as <c>2025</c>.</summary>
    Year,

    /// <summary>A season or other sub-year grouping (quarter, quadrimester, semestral), such as <c>2001-21</c>.</summary>
    Season,

    /// <summary>A month, such as <c>2025-04</c>.</summary>
    Month,

    /// <summary>A day, such as <c>2025-04-14</c>.</summary>
    Day,

    /// <summary>A day and a time of day to the second, such as <c>2025-02-03T10:30:00Z</c>.</summary>
    Time,
}
