using System.Text.Encodings.Web;
using System.Text.Json;
using Annals.Dates;
using Annals.Model;
using Annals.Timelines;

namespace Annals.Serialization;

/// <summary>Writes a <see cref="ChronologyDocument"/> in the canonical layout of the format: two-space indentation,
/// <c>\n</c> line ends, fields in the documented order, optional fields left out when empty or default, extension
/// fields after the known ones, and readable (unescaped) non-ASCII text.</summary>
internal static class ChronologyWriter
{
    /// <summary>The writer's options. String values bypass the encoder (see <see cref="JsonText"/>); only field names
    /// go through it, and the relaxed encoder leaves every name this format defines unchanged.</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Checks that a document can be written, before anything is.</summary>
    public static void Check(ChronologyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Timeline.Title))
        {
            throw new ArgumentException(
                "A timeline file needs a title, and this timeline has none; set TimelineBuilder.Title before saving.",
                nameof(document));
        }
    }

    public static void Write(ChronologyDocument document, SaveOptions options, Utf8JsonWriter writer)
    {
        var timeline = document.Timeline;
        var extensions = document.Extensions;
        writer.WriteStartObject();
        writer.WriteNumber(FieldNames.Version, ChronologyJson.FormatVersion);
        String(writer, FieldNames.Title, timeline.Title);
        String(writer, FieldNames.Description, string.IsNullOrWhiteSpace(timeline.Description) ? null : timeline.Description);

        var actors = SelectActors(timeline, options);
        if (actors.Count > 0)
        {
            writer.WriteStartArray(FieldNames.Actors);
            foreach (var actor in actors)
            {
                WriteActor(writer, actor, extensions.ForActor(actor.Id));
            }

            writer.WriteEndArray();
        }

        if (timeline.Count > 0)
        {
            var eventIds = options.OmitRelationsToMissingEvents
                ? timeline.Select(e => e.Id).ToHashSet(StringComparer.Ordinal)
                : null;
            writer.WriteStartArray(FieldNames.Events);
            foreach (var e in timeline)
            {
                WriteEvent(writer, e, extensions.ForEvent(e.Id), eventIds);
            }

            writer.WriteEndArray();
        }

        Extensions(writer, extensions.Fields, FieldNames.OfTimeline);
        writer.WriteEndObject();
    }

    private static List<Actor> SelectActors(Timeline timeline, SaveOptions options)
    {
        if (!options.OnlyReferencedActors)
        {
            return [.. timeline.Actors];
        }

        var named = timeline.SelectMany(e => e.Participants).Select(p => p.ActorId).ToHashSet(StringComparer.Ordinal);
        return [.. timeline.Actors.Where(a => named.Contains(a.Id))];
    }

    private static void WriteActor(Utf8JsonWriter writer, Actor actor, ActorExtensions extensions)
    {
        writer.WriteStartObject();
        String(writer, FieldNames.Id, actor.Id);
        String(writer, FieldNames.Name, actor.Name);
        if (actor.Kind != ActorKind.Person)
        {
            String(writer, FieldNames.Kind, Vocabulary.Name(actor.Kind));
        }

        String(writer, FieldNames.Country, actor.Country?.Value);
        if (actor.Offices.Length > 0)
        {
            writer.WriteStartArray(FieldNames.Offices);
            for (var i = 0; i < actor.Offices.Length; i++)
            {
                writer.WriteStartObject();
                String(writer, FieldNames.Title, actor.Offices[i].Title);
                Date(writer, FieldNames.Date, actor.Offices[i].Term);
                Extensions(writer, extensions.Office(i), FieldNames.OfOffice);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        Extensions(writer, extensions.Fields, FieldNames.OfActor);
        writer.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter writer, Event e, EventExtensions extensions, HashSet<string>? eventIds)
    {
        writer.WriteStartObject();
        String(writer, FieldNames.Id, e.Id);
        String(writer, FieldNames.Title, e.Title);
        String(writer, FieldNames.Summary, e.Summary);
        Date(writer, FieldNames.Date, e.Date);
        String(writer, FieldNames.TimeZone, e.TimeZone?.Id);
        String(writer, FieldNames.Kind, e.Kind?.Name);
        if (e.Status != EventStatus.Occurred)
        {
            String(writer, FieldNames.Status, Vocabulary.Name(e.Status));
        }

        if (e.Certainty != Certainty.Confirmed)
        {
            String(writer, FieldNames.Certainty, Vocabulary.Name(e.Certainty));
        }

        if (e.Participants.Length > 0)
        {
            writer.WriteStartArray(FieldNames.Participants);
            for (var i = 0; i < e.Participants.Length; i++)
            {
                var participant = e.Participants[i];
                writer.WriteStartObject();
                String(writer, FieldNames.Actor, participant.ActorId);
                if (participant.Role != ParticipantRole.Participant)
                {
                    String(writer, FieldNames.Role, Vocabulary.Name(participant.Role));
                }

                Extensions(writer, extensions.Participant(i), FieldNames.OfParticipant);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (e.Location is { } location)
        {
            writer.WriteStartObject(FieldNames.Location);
            String(writer, FieldNames.Name, location.Name);
            String(writer, FieldNames.Country, location.Country?.Value);
            if (location.Point is { } point)
            {
                writer.WriteNumber(FieldNames.Latitude, point.Latitude);
                writer.WriteNumber(FieldNames.Longitude, point.Longitude);
            }

            Extensions(writer, extensions.Location, FieldNames.OfLocation);
            writer.WriteEndObject();
        }

        if (e.Sources.Length > 0)
        {
            writer.WriteStartArray(FieldNames.Sources);
            for (var i = 0; i < e.Sources.Length; i++)
            {
                var source = e.Sources[i];
                writer.WriteStartObject();
                String(writer, FieldNames.Publisher, source.Publisher);
                String(writer, FieldNames.Author, source.Author);
                String(writer, FieldNames.Title, source.Title);
                String(writer, FieldNames.Url, source.Url);
                if (source.Published is { } published)
                {
                    Date(writer, FieldNames.Published, published);
                }

                String(writer, FieldNames.Kind, source.Kind is { } kind ? Vocabulary.Name(kind) : null);
                String(writer, FieldNames.Quote, source.Quote);
                Extensions(writer, extensions.Source(i), FieldNames.OfSource);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (e.Tags.Length > 0)
        {
            writer.WriteStartArray(FieldNames.Tags);
            foreach (var tag in e.Tags)
            {
                writer.WriteRawValue(JsonText.Quote(tag), skipInputValidation: true);
            }

            writer.WriteEndArray();
        }

        var relations = Enumerable.Range(0, e.Relations.Length)
            .Where(i => eventIds is null || eventIds.Contains(e.Relations[i].EventId))
            .ToList();
        if (relations.Count > 0)
        {
            writer.WriteStartArray(FieldNames.Relations);
            foreach (var i in relations)
            {
                writer.WriteStartObject();
                String(writer, FieldNames.Type, Vocabulary.Name(e.Relations[i].Type));
                String(writer, FieldNames.Event, e.Relations[i].EventId);
                Extensions(writer, extensions.Relation(i), FieldNames.OfRelation);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        Extensions(writer, extensions.Fields, FieldNames.OfEvent);
        writer.WriteEndObject();
    }

    private static void String(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            writer.WriteRawValue(JsonText.Quote(value), skipInputValidation: true);
        }
    }

    private static void Date(Utf8JsonWriter writer, string name, EdtfDate date) => String(writer, name, date.ToString());

    /// <summary>Writes extension fields after the known ones. A field that has the name of a known field of the same
    /// object is not written: the known field wins.</summary>
    private static void Extensions(Utf8JsonWriter writer, ExtensionFields fields, string[] known)
    {
        foreach (var (name, value) in fields)
        {
            if (Array.IndexOf(known, name) < 0)
            {
                writer.WritePropertyName(name);
                Element(writer, value);
            }
        }
    }

    private static void Element(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    Element(writer, property.Value);
                }

                writer.WriteEndObject();
                break;

            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Element(writer, item);
                }

                writer.WriteEndArray();
                break;

            case JsonValueKind.String:
                string text;
                try
                {
                    text = JsonText.Quote(element.GetString()!);
                }
                catch (InvalidOperationException)
                {
                    text = element.GetRawText(); // A string that is not valid UTF-16 stays as it was written.
                }

                writer.WriteRawValue(text, skipInputValidation: true);
                break;

            case JsonValueKind.Number:
                writer.WriteRawValue(element.GetRawText(), skipInputValidation: true);
                break;

            default:
                element.WriteTo(writer); // true, false, null
                break;
        }
    }
}
