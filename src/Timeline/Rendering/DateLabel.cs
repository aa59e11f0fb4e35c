using System.Globalization;
using Annals.Dates;

namespace Annals.Rendering;

/// <summary>
/// Writes an imprecise date the way a chronology prints it: "3 February 2025", "c. late January 2025",
/// "15–16 March 2025", "between 22 and 24 January 2025", "before 2021", "possibly 2021".
/// </summary>
/// <remarks>
/// <para>The label follows the date's precision and qualifiers:</para>
/// <list type="table">
/// <listheader><term>EDTF</term><description>Label (no culture)</description></listheader>
/// <item><term><c>2025-02-03</c></term><description>3 February 2025</description></item>
/// <item><term><c>2025-02</c></term><description>February 2025</description></item>
/// <item><term><c>2021</c></term><description>2021</description></item>
/// <item><term><c>202X</c>, <c>19XX</c></term><description>2020s, 1900s</description></item>
/// <item><term><c>2025-01-0X</c>, <c>-1X</c>, <c>-2X</c></term><description>early, mid, late January 2025</description></item>
/// <item><term><c>2025-04~</c></term><description>c. April 2025</description></item>
/// <item><term><c>2021?</c></term><description>possibly 2021</description></item>
/// <item><term><c>2021%</c></term><description>possibly c. 2021</description></item>
/// <item><term><c>2025-03-15/2025-03-16</c></term><description>15–16 March 2025</description></item>
/// <item><term><c>2025-03-30/2025-04-02</c></term><description>30 March – 2 April 2025</description></item>
/// <item><term><c>2019/2021</c></term><description>2019–2021</description></item>
/// <item><term><c>../2021</c>, <c>/2021</c></term><description>before 2021</description></item>
/// <item><term><c>2025-04/..</c>, <c>2025-04/</c></term><description>after April 2025</description></item>
/// <item><term><c>[2025-01-22..2025-01-24]</c></term><description>between 22 and 24 January 2025</description></item>
/// <item><term><c>[..2021]</c>, <c>[2025-04..]</c></term><description>2021 or earlier, April 2025 or later</description></item>
/// <item><term><c>-0043</c></term><description>44 BCE</description></item>
/// </list>
/// <para>The full table, with the Spanish words, is in <c>docs/rendering.md</c>.</para>
/// <para><b>Cultures.</b> With no culture (or the invariant culture) labels are in English, day-month-year, identical
/// on every machine. With a culture, the order of day, month and year and the month names are the culture's
/// ("February 3, 2025" in en-US, "3 de febrero de 2025" in es-SV, "3 février 2025" in fr-FR), always of the Gregorian
/// calendar, with years in invariant digits. The added words ("c.", "between", "late") are Spanish for Spanish
/// cultures and English otherwise. The current culture is never consulted.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class DateLabel
{
    /// <summary>Writes the label of a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="culture">The culture for month names, order and words; <see langword="null"/> for invariant English.</param>
    /// <returns>The label, such as "c. late January 2025".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is <see langword="null"/>.</exception>
    public static string Format(EdtfDate date, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(date);
        return new DateLabelFormatter(DateTextFormat.For(culture)).Format(date);
    }
}
