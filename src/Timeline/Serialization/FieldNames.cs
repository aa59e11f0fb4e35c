namespace Annals.Serialization;

/// <summary>The field names of the timeline file format, version 1, in the order they are written.</summary>
internal static class FieldNames
{
    public const string Version = "timeline";
    public const string Title = "title";
    public const string Description = "description";
    public const string Actors = "actors";
    public const string Events = "events";

    public const string Id = "id";
    public const string Name = "name";
    public const string Kind = "kind";
    public const string Country = "country";
    public const string Offices = "offices";
    public const string Date = "date";

    public const string Summary = "summary";
    public const string TimeZone = "timeZone";
    public const string Status = "status";
    public const string Certainty = "certainty";
    public const string Participants = "participants";
    public const string Location = "location";
    public const string Sources = "sources";
    public const string Tags = "tags";
    public const string Relations = "relations";
    public const string RelativeTo = "relativeTo";
    public const string Recorded = "recorded";
    public const string History = "history";

    public const string Actor = "actor";
    public const string Role = "role";

    public const string Latitude = "latitude";
    public const string Longitude = "longitude";

    public const string Publisher = "publisher";
    public const string Author = "author";
    public const string Url = "url";
    public const string Published = "published";
    public const string Quote = "quote";

    public const string Offset = "offset";

    public const string Type = "type";
    public const string Event = "event";

    public static readonly string[] OfTimeline = [Version, Title, Description, Actors, Events];

    public static readonly string[] OfActor = [Id, Name, Kind, Country, Offices];

    public static readonly string[] OfOffice = [Title, Date];

    public static readonly string[] OfEvent =
    [
        Id, Title, Summary, Date, TimeZone, Kind, Status, Certainty, Participants, Location, Sources, Tags, Relations,
        RelativeTo, Recorded, History,
    ];

    public static readonly string[] OfRevision = [Recorded, Title, Summary, Date, Kind, Status, Certainty, Location, Sources];

    public static readonly string[] OfParticipant = [Actor, Role];

    public static readonly string[] OfLocation = [Name, Country, Latitude, Longitude];

    public static readonly string[] OfSource = [Publisher, Author, Title, Url, Published, Kind, Quote];

    public static readonly string[] OfRelation = [Type, Event];

    public static readonly string[] OfRelativeDate = [Offset, Event];
}
