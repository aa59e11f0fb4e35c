using System.Globalization;
using Annals.Dates;
using Annals.Model;
using Annals.Rendering;
using Annals.Serialization;
using Annals.Timelines;

namespace Annals.Tests.Model;

/// <summary>Exceptions from constructors, factories and options say what is wrong and what to do, the same under
/// every culture (no value is formatted with the current culture).</summary>
public class ErrorMessageTests
{
    public static TheoryData<string, Action, string> Cases() => new()
    {
        { "null id", () => _ = new Event(null!, "t", EdtfDate.Year(2025)), "An id is required, but null was given: use lowercase letters, digits and single hyphens or underscores, starting with a letter or digit, e.g. 'rubio-visit-2025'. (Parameter 'id')" },
        { "long bad id", () => _ = new Actor(new string('A', 500), "x"), "'" + new string('A', 77) + "...' is not a valid id: use lowercase letters, digits and single hyphens or underscores, starting with a letter or digit, e.g. 'rubio-visit-2025'. (Parameter 'id')" },
        { "null title", () => _ = new Event("a", null!, EdtfDate.Year(2025)), "title is required, but null was given; give it some text. (Parameter 'title')" },
        { "blank title", () => _ = new Event("a", " ", EdtfDate.Year(2025)), "title must not be empty or blank; give it some text. (Parameter 'title')" },
        { "blank summary", () => _ = new Event("a", "t", EdtfDate.Year(2025)) { Summary = "\t" }, "Summary must not be empty or blank; give it some text, or null to leave it out. (Parameter 'Summary')" },
        { "null date", () => _ = new Event("a", "t", null!), "An event needs a date, but null was given; for a date not known at all, use EdtfDate.Parse(\"XXXX\").Value (any year). (Parameter 'date')" },
        { "undefined status", () => _ = new Event("a", "t", EdtfDate.Year(2025)) { Status = (EventStatus)(-1) }, "(EventStatus)-1 is not a defined event status; use EventStatus.Occurred, EventStatus.Planned, EventStatus.Postponed or EventStatus.Cancelled. (Parameter 'Status')" },
        { "undefined source kind", () => _ = new Source("P") { Kind = (SourceKind)9 }, "(SourceKind)9 is not a defined source kind; use SourceKind.Official, SourceKind.News, SourceKind.Social or SourceKind.Anonymous. (Parameter 'Kind')" },
        { "undefined grouping", () => _ = new MarkdownOptions { Grouping = (TimelineGrouping)(-7) }, "(TimelineGrouping)-7 is not a defined grouping; use TimelineGrouping.None, TimelineGrouping.Year or TimelineGrouping.Month. (Parameter 'Grouping')" },
        { "heading level", () => _ = new MarkdownOptions { HeadingLevel = -2 }, "The heading level must be 1 to 5, so that group headings (one deeper) stay within Markdown's six levels; -2 was given. (Parameter 'HeadingLevel')" },
        { "latitude", () => _ = new GeoPoint(-91.5, 0), "Latitude -91.5 is out of range: use degrees from -90 to 90. (Parameter 'latitude')" },
        { "foreign event", () => Samples.ElSalvadorUnitedStates2025.NextAfter(new Event("zz", "t", EdtfDate.Year(2025))), "The event 'zz' is not in this timeline; pass one of its events (from Events or Find), or use the overload that takes a date. (Parameter 'item')" },
        { "null actor filter", () => Samples.ElSalvadorUnitedStates2025.Involving(null!), "Value cannot be null. (Parameter 'actorId')" },
        { "null in a query", () => _ = new TimelineQuery { Tags = ["a", null!] }, "TimelineQuery.Tags holds null at index 1; remove it, or leave Tags empty for no filter. (Parameter 'Tags')" },
        { "load option", () => _ = new LoadOptions { MaxEvents = -1 }, "LoadOptions.MaxEvents must be from 0 to 2,147,483,647, but -1 was given. (Parameter 'MaxEvents')" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Exception_SaysWhatAndWhatToDo_UnderEveryCulture(string name, Action act, string message)
    {
        foreach (var culture in new[] { "", "fa-IR", "ar-SA", "th-TH", "tr-TR" })
        {
            var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

                act.Should().Throw<ArgumentException>(name).Which.Message.Should().Be(message, "under '{0}'", culture);
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi);
            }
        }
    }
}
