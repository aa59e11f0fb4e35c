using Annals.Utility;

namespace Annals.Dates;

/// <summary>
/// The documented total order of <see cref="EdtfDate"/> values: earliest day, then latest day, then precision
/// (finer first), then canonical text, then time zone id. <see langword="null"/> sorts first.
/// </summary>
/// <remarks>
/// <para>
/// Each step is a total order on a property that equal values share, and the last two steps together decide
/// equality, so the whole is total, antisymmetric, transitive and zero exactly for equal values.
/// </para>
/// <para>
/// An unknown earliest day (an open or unknown start) sorts before every known day, and an unknown latest day (an open
/// or unknown end) after every known day, so a value that may reach further sorts outside one that cannot. Among values
/// with the same bounds, the finer statement sorts first, continuing the narrower-first rule of the latest day: a
/// date-time before its day, and a day-precision interval before the year it spans.
/// </para>
/// <para>The instance is stateless and thread-safe.</para>
/// </remarks>
internal sealed class EdtfDateComparer : IComparer<EdtfDate?>
{
    /// <summary>The single instance.</summary>
    internal static readonly EdtfDateComparer Instance = new();

    private EdtfDateComparer()
    {
    }

    /// <summary>Compares two values in the documented order.</summary>
    /// <param name="x">The first value, or <see langword="null"/>.</param>
    /// <param name="y">The second value, or <see langword="null"/>.</param>
    /// <returns>Negative, zero or positive as <paramref name="x"/> sorts before, with or after <paramref name="y"/>.</returns>
    public int Compare(EdtfDate? x, EdtfDate? y)
    {
        if (NullsFirst.TryCompare(x, y, out var settled))
        {
            return settled;
        }

        // Earliest day, latest day and precision, packed into one number when each value was made.
        long keyX = x.OrderKey;
        long keyY = y.OrderKey;
        if (keyX != keyY)
        {
            return keyX < keyY ? -1 : 1;
        }

        int result = string.CompareOrdinal(x.ToString(), y.ToString());
        if (result != 0)
        {
            return Math.Sign(result);
        }

        return Math.Sign(string.CompareOrdinal(x.ZoneId, y.ZoneId));
    }
}
