namespace Annals.Dates;

/// <summary>A component of a written date, used to say which part of the text a problem is in.</summary>
internal enum DateComponent
{
    /// <summary>The year, with its sign and any significant-digits suffix.</summary>
    Year,

    /// <summary>The month or season.</summary>
    Month,

    /// <summary>The day.</summary>
    Day,
}
