using static Annals.Tests.Serialization.LoadAssertions;

namespace Annals.Tests.Serialization;

/// <summary>Well-formed JSON with bad fields: missing, of the wrong type, unknown names, bad dates, zones, ids,
/// countries and coordinates. Each problem is reported where the value is, with its JSON path.</summary>
public class BrokenFieldTests
{
    // Every one-event file below starts with this prefix, so the event object opens at column 42.
    private const string Head = """{"timeline": 1, "title": "T", "events": [""";

    private static string OneEvent(string fields) => Head + "{" + fields + "}]}";

    [Fact]
    public void Load_NoFormatVersion_ReportsMissingField()
    {
        ProblemsOf("""{"title": "x"}""").Should().Equal(Error(1, 1, "$.timeline", "JS006",
            "missing required field 'timeline': add \"timeline\": 1, the format version, as the first field"));
    }

    [Fact]
    public void Load_FutureFormatVersion_ReportsUnsupportedVersion()
    {
        ProblemsOf("""{"timeline": 2, "title": "x"}""").Should().Equal(Error(1, 14, "$.timeline", "JS005",
            "unsupported format version 2; this version of Annals reads version 1"));
    }

    [Fact]
    public void Load_VersionAsString_ReportsWrongType()
    {
        ProblemsOf("""{"timeline": "1", "title": "x"}""").Should().Equal(Error(1, 14, "$.timeline", "JS007",
            "expected the number 1, found a string"));
    }

    [Fact]
    public void Load_NoTitle_ReportsMissingFieldAtTheObject()
    {
        ProblemsOf("""  {"timeline": 1}""").Should().Equal(Error(1, 3, "$.title", "JS006", "missing required field 'title'"));
    }

    [Fact]
    public void Load_TitleIsANumber_ReportsWrongType()
    {
        ProblemsOf("""{"timeline": 1, "title": 2025}""").Should().Equal(Error(1, 26, "$.title", "JS007",
            "expected a string, found a number"));
    }

    [Fact]
    public void Load_BlankTitle_ReportsInvalidValue()
    {
        ProblemsOf("""{"timeline": 1, "title": "  "}""").Should().Equal(Error(1, 26, "$.title", "JS014",
            "'title' must not be empty or blank"));
    }

    [Fact]
    public void Load_EventsIsAnObject_ReportsWrongType()
    {
        ProblemsOf("""{"timeline": 1, "title": "T", "events": {}}""").Should().Equal(Error(1, 41, "$.events", "JS007",
            "expected an array, found an object"));
    }

    [Fact]
    public void Load_NullEvent_ReportsWrongType()
    {
        ProblemsOf(Head + "null]}").Should().Equal(Error(1, 42, "$.events[0]", "JS007", "expected an object, found null"));
    }

    [Fact]
    public void Load_EmptyEvent_ReportsEveryMissingRequiredField()
    {
        ProblemsOf(Head + "{}]}").Should().Equal(
            Error(1, 42, "$.events[0].id", "JS006", "missing required field 'id'"),
            Error(1, 42, "$.events[0].title", "JS006", "missing required field 'title'"),
            Error(1, 42, "$.events[0].date", "JS006", "missing required field 'date'"));
    }

    [Fact]
    public void Load_NullSummary_ReportsWrongTypeAndSuggestsLeavingItOut()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "summary": null""")).Should().Equal(
            Error(1, 96, "$.events[0].summary", "JS007", "expected a string, found null; leave the field out instead"));
    }

    [Fact]
    public void Load_NullLocation_ReportsWrongType()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "location": null""")).Should().Equal(
            Error(1, 97, "$.events[0].location", "JS007", "expected an object, found null"));
    }

    [Fact]
    public void Load_IdWithSpacesAndCapitals_ReportsInvalidIdWithASuggestion()
    {
        ProblemsOf(OneEvent(""" "id": "Rubio Visit", "title": "A", "date": "2025" """)).Should().Equal(
            Error(1, 50, "$.events[0].id", "JS013",
                "'Rubio Visit' is not a valid id (did you mean 'rubio-visit'?): use lowercase letters, digits and single hyphens or underscores, starting with a letter or digit, e.g. 'rubio-visit-2025'"));
    }

    [Fact]
    public void Load_MisspeltStatus_SuggestsTheNearestStatus()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "status": "ocurred" """)).Should().Equal(
            Error(1, 95, "$.events[0].status", "JS008", "unknown status 'ocurred' (did you mean 'occurred'?)"));
    }

    [Fact]
    public void Load_UnknownCertainty_ListsTheCertainties()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "certainty": "sure" """)).Should().Equal(
            Error(1, 98, "$.events[0].certainty", "JS008",
                "unknown certainty 'sure'; use one of: confirmed, reported, alleged, disputed"));
    }

    [Fact]
    public void Load_MisspeltKind_SuggestsTheNearestKind()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "kind": "vist" """)).Should().Equal(
            Error(1, 93, "$.events[0].kind", "JS008", "unknown event kind 'vist' (did you mean 'visit'?)"));
    }

    [Fact]
    public void Load_UnknownKind_ListsTheKindsAndTheCustomPrefix()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "kind": "summit" """)).Should().Equal(
            Error(1, 93, "$.events[0].kind", "JS008",
                "unknown event kind 'summit'; use a built-in kind (statement, praise, intent-to-meet, consult, call, visit, third-location-meeting, mediation, negotiation, agreement, reject-meeting, deportation) or a custom kind starting with 'x-', such as 'x-inauguration'"));
    }

    [Fact]
    public void Load_MalformedCustomKind_ReportsInvalidValue()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "kind": "x-Summit" """)).Should().Equal(
            Error(1, 93, "$.events[0].kind", "JS014",
                "'x-Summit' is not a valid custom event kind: write 'x-' followed by lowercase letters, digits and hyphens, such as 'x-inauguration'"));
    }

    [Fact]
    public void Load_MisspeltRole_SuggestsTheNearestRole()
    {
        const string json = """
            {"timeline": 1, "title": "T",
             "actors": [{"id": "trump", "name": "Donald Trump"}],
             "events": [{"id": "a", "title": "A", "date": "2025",
                         "participants": [{"actor": "trump", "role": "hots"}]}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(4, 58, "$.events[0].participants[0].role", "JS008", "unknown role 'hots' (did you mean 'host'?)"));
    }

    [Fact]
    public void Load_MisspeltActorKind_SuggestsTheNearestKind()
    {
        ProblemsOf("""{"timeline": 1, "title": "T", "actors": [{"id": "x", "name": "X", "kind": "persn"}]}""").Should().Equal(
            Error(1, 75, "$.actors[0].kind", "JS008", "unknown actor kind 'persn' (did you mean 'person'?)"));
    }

    [Fact]
    public void Load_MisspeltRelationType_SuggestsTheNearestType()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "relations": [{"type": "folows", "event": "a"}]""")).Should().Equal(
            Error(1, 108, "$.events[0].relations[0].type", "JS008", "unknown relation type 'folows' (did you mean 'follows'?)"));
    }

    [Fact]
    public void Load_FieldNameCloseToAKnownOne_WarnsAndStillLoads()
    {
        var result = Load(OneEvent(""" "id": "a", "title": "A", "date": "2025", "statu": "planned" """));

        result.Problems.Should().Equal(
            Warning(1, 85, "$.events[0].statu", "JS009", "unknown field 'statu' (did you mean 'status'?); it is kept as extension data"));
        result.Success.Should().BeTrue();
        result.Timeline!.Single().Status.Should().Be(Annals.Model.EventStatus.Occurred);
        result.Document!.Extensions.ForEvent("a").Fields.TryGetValue("statu", out var kept).Should().BeTrue();
        kept.GetString().Should().Be("planned");
    }

    [Fact]
    public void Load_RequiredFieldWrittenInTheWrongCase_ReportsItMissingAndWarnsAboutTheSpelling()
    {
        ProblemsOf(OneEvent(""" "id": "a", "Title": "A", "date": "2025" """)).Should().Equal(
            Error(1, 42, "$.events[0].title", "JS006", "missing required field 'title'"),
            Warning(1, 55, "$.events[0].Title", "JS009", "unknown field 'Title' (did you mean 'title'?); it is kept as extension data"));
    }

    [Fact]
    public void Load_UnrelatedUnknownField_IsKeptSilently()
    {
        var result = Load(OneEvent(""" "id": "a", "title": "A", "date": "2025", "reviewedBy": "desk" """));

        result.Problems.Should().BeEmpty();
        result.Document!.Extensions.ForEvent("a").Fields.Select(f => f.Key).Should().Equal("reviewedBy");
    }

    [Fact]
    public void Load_CustomPrefixedField_IsNeverWarnedAbout()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "x-date": "2025-01" """)).Should().BeEmpty();
    }

    [Fact]
    public void Load_DuplicateField_ReportsTheSecondOccurrence()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "title": "B", "date": "2025" """)).Should().Equal(
            Error(1, 69, "$.events[0].title", "JS010", "the field 'title' appears twice in this object; keep one"));
    }

    [Fact]
    public void Load_InvalidMonth_ReportsTheEdtfErrorAtItsCharacter()
    {
        // The date string opens at column 77; the month "13" starts 5 characters in.
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025-13-01" """)).Should().Equal(
            Error(1, 83, "$.events[0].date", "JS011",
                "invalid date '2025-13-01': month 13 does not exist: months are 01–12 (and 21–41 are seasons)"));
    }

    [Fact]
    public void Load_InvalidDateWithEscapes_MapsTheEdtfPositionThroughTheEscapes()
    {
        // "\u0032" is '2': the month starts 5 characters into the value but 15 characters after the opening quote.
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "\u00320\u00325-13" """)).Should().Equal(
            Error(1, 93, "$.events[0].date", "JS011",
                "invalid date '2025-13': month 13 does not exist: months are 01–12 (and 21–41 are seasons)"));
    }

    [Fact]
    public void Load_NonexistentDay_ReportsTheCalendarProblemAtTheDay()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025-02-29" """)).Should().Equal(
            Error(1, 86, "$.events[0].date", "JS011",
                "invalid date '2025-02-29': 2025-02-29 is not a day: February 2025 has 28 days"));
    }

    [Fact]
    public void Load_EmptyDate_ReportsItInsideTheQuotes()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "" """)).Should().Equal(
            Error(1, 78, "$.events[0].date", "JS011",
                "invalid date '': the text is empty; expected an EDTF date such as 2025-04-14"));
    }

    [Fact]
    public void Load_MisspeltTimeZone_SuggestsTheNearestZone()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "timeZone": "America/New_Yrok" """)).Should().Equal(
            Error(1, 97, "$.events[0].timeZone", "JS012", "unknown time zone 'America/New_Yrok' (did you mean 'America/New_York'?)"));
    }

    [Fact]
    public void Load_TimeZoneInTheWrongCase_SaysIdsAreCaseSensitive()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "timeZone": "america/new_york" """)).Should().Equal(
            Error(1, 97, "$.events[0].timeZone", "JS012",
                "unknown time zone 'america/new_york' (did you mean 'America/New_York'? time zone ids are case-sensitive)"));
    }

    [Fact]
    public void Load_UnknownTimeZone_GivesExamples()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "timeZone": "Mars/Olympus_Mons" """)).Should().Equal(
            Error(1, 97, "$.events[0].timeZone", "JS012",
                "unknown time zone 'Mars/Olympus_Mons'; use an IANA time zone id, such as 'America/New_York' or 'UTC'"));
    }

    [Fact]
    public void Load_TwoLetterCountry_ReportsInvalidValue()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "location": {"country": "US"}""")).Should().Equal(
            Error(1, 109, "$.events[0].location.country", "JS014",
                "'US' is not an ISO 3166-1 alpha-3 country code: use three letters, such as 'USA' or 'SLV'"));
    }

    [Fact]
    public void Load_LatitudeOutOfRange_ReportsInvalidValue()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "location": {"latitude": 91.5, "longitude": 0}""")).Should().Equal(
            Error(1, 110, "$.events[0].location.latitude", "JS014", "latitude 91.5 is out of range: use degrees from -90 to 90"));
    }

    [Fact]
    public void Load_LatitudeWithoutLongitude_ReportsTheMissingHalf()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "location": {"latitude": 13.7}""")).Should().Equal(
            Error(1, 97, "$.events[0].location.longitude", "JS006",
                "missing required field 'longitude': the location has a latitude but no longitude; give both or neither"));
    }

    [Fact]
    public void Load_CoordinateAsString_ReportsWrongType()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "location": {"latitude": "13.7", "longitude": -89.2}""")).Should().Equal(
            Error(1, 110, "$.events[0].location.latitude", "JS007", "expected a number, found a string"));
    }

    [Fact]
    public void Load_BadTags_ReportsEachBadTag()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "tags": ["migration", " ", 3]""")).Should().Equal(
            Error(1, 107, "$.events[0].tags[1]", "JS014", "a tag must not be empty or blank; remove it"),
            Error(1, 112, "$.events[0].tags[2]", "JS007", "expected a string, found a number"));
    }

    [Fact]
    public void Load_SourceWithoutPublisherAndWithABadDate_ReportsBoth()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "sources": [{"url": "https://example.org/a", "published": "2025-02-30"}]""")).Should().Equal(
            Error(1, 97, "$.events[0].sources[0].publisher", "JS006", "missing required field 'publisher'"),
            Error(1, 152, "$.events[0].sources[0].published", "JS011",
                "invalid date '2025-02-30': 2025-02-30 is not a day: February 2025 has 28 days"));
    }

    [Fact]
    public void Load_OfficeWithoutDateAndOfficeWithBadInterval_ReportsBoth()
    {
        const string json = """
            {"timeline": 1, "title": "T", "actors": [
              {"id": "bukele", "name": "Nayib Bukele", "offices": [
                {"title": "President"},
                {"title": "President", "date": "2019-06-01/..x"}]}]}
            """;

        ProblemsOf(json).Should().Equal(
            Error(3, 5, "$.actors[0].offices[0].date", "JS006", "missing required field 'date'"),
            Error(4, 50, "$.actors[0].offices[1].date", "JS011",
                "invalid date '2019-06-01/..x': unexpected 'x' after the interval; expected the end of the text"));
    }

    [Fact]
    public void Load_RecordedDayNotIso_ReportsInvalidDay()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "recorded": "2025-4-14" """)).Should().Equal(
            Error(1, 97, "$.events[0].recorded", "JS011",
                "invalid day '2025-4-14': write a calendar day as YYYY-MM-DD, such as '2025-04-14'"));
    }

    [Fact]
    public void Load_HistoryEntryWithoutRecordedDay_ReportsMissingField()
    {
        ProblemsOf(OneEvent(""" "id": "a", "title": "A", "date": "2025", "recorded": "2025-04-14", "history": [{"status": "planned"}]""")).Should().Equal(
            Error(1, 123, "$.events[0].history[0].recorded", "JS006", "missing required field 'recorded'"));
    }
}
