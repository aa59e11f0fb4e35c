using System.Collections.Immutable;
using System.Text.Json;
using Annals.Model;
using Annals.Timelines;
using NodaTime;
using NodaTime.Text;

namespace Annals.Serialization;

/// <summary>Writes a <see cref="ChronologyDocument"/> in the canonical layout of the format: fields in the documented
/// order, optional fields left out when empty or default, extension fields after the known ones of the same object,
/// actors by id and events in timeline order. The layout itself is <see cref="CanonicalJsonWriter"/>'s.</summary>
internal static class ChronologyWriter
{
    private static readonly System.Text.UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

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

    /// <summary>Writes the document and returns the text, which ends with a newline.</summary>
    public static string Write(ChronologyDocument document, SaveOptions options)
    {
        Check(document);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(document, options, text);
        return text.ToString();
    }

    /// <summary>Writes the document to a stream as UTF-8 without a byte order mark, through a buffer, and flushes it.</summary>
    public static void Write(ChronologyDocument document, SaveOptions options, Stream utf8Json)
    {
        Check(document);
        using var text = new StreamWriter(utf8Json, Utf8NoBom, 1 << 16, leaveOpen: true);
        Write(document, options, text);
        text.Flush();
    }

    /// <summary>Writes the document to UTF-8 bytes without a byte order mark.</summary>
    public static byte[] ToUtf8Bytes(ChronologyDocument document, SaveOptions options)
    {
        Check(document);
        using var bytes = new MemoryStream();
        Write(document, options, bytes);
        return bytes.ToArray();
    }

    /// <summary>Writes the document as text, streaming it to the writer as it goes; the text ends with a newline.</summary>
    public static void Write(ChronologyDocument document, SaveOptions options, TextWriter output)
    {
        Check(document);
        var timeline = document.Timeline;
        var extensions = document.Extensions;
        var writer = new CanonicalJsonWriter(output);
        writer.StartObject();
        writer.Name(FieldNames.Version);
        writer.Raw("1");
        writer.String(FieldNames.Title, timeline.Title);
        writer.String(FieldNames.Description, string.IsNullOrWhiteSpace(timeline.Description) ? null : timeline.Description);

        var actors = SelectActors(timeline, options);
        if (actors.Count > 0)
        {
            writer.StartArray(FieldNames.Actors);
            foreach (var actor in actors)
            {
                WriteActor(writer, actor, extensions.ForActor(actor.Id));
            }

            writer.EndArray();
        }

        if (timeline.Count > 0)
        {
            var eventIds = options.OmitRelationsToMissingEvents
                ? timeline.Select(e => e.Id).ToHashSet(StringComparer.Ordinal)
                : null;
            writer.StartArray(FieldNames.Events);
            foreach (var e in timeline)
            {
                WriteEvent(writer, e, extensions.ForEvent(e.Id), eventIds);
            }

            writer.EndArray();
        }

        Extensions(writer, extensions.Fields, FieldNames.OfTimeline);
        writer.EndObject();
        writer.Finish();
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

    private static void WriteActor(CanonicalJsonWriter writer, Actor actor, ActorExtensions extensions)
    {
        writer.StartObject();
        writer.String(FieldNames.Id, actor.Id);
        writer.String(FieldNames.Name, actor.Name);
        writer.String(FieldNames.Kind, actor.Kind == ActorKind.Person ? null : Vocabulary.Name(actor.Kind));
        writer.String(FieldNames.Country, actor.Country?.Value);
        if (actor.Offices.Length > 0)
        {
            writer.StartArray(FieldNames.Offices);
            for (var i = 0; i < actor.Offices.Length; i++)
            {
                writer.StartObject();
                writer.String(FieldNames.Title, actor.Offices[i].Title);
                writer.String(FieldNames.Date, actor.Offices[i].Term.ToString());
                Extensions(writer, extensions.Office(i), FieldNames.OfOffice);
                writer.EndObject();
            }

            writer.EndArray();
        }

        Extensions(writer, extensions.Fields, FieldNames.OfActor);
        writer.EndObject();
    }

    private static void WriteEvent(CanonicalJsonWriter writer, Event e, EventExtensions extensions, HashSet<string>? eventIds)
    {
        writer.StartObject();
        writer.String(FieldNames.Id, e.Id);
        writer.String(FieldNames.Title, e.Title);
        writer.String(FieldNames.Summary, e.Summary);
        writer.String(FieldNames.Date, e.Date.ToString());
        writer.String(FieldNames.TimeZone, e.TimeZone?.Id);
        writer.String(FieldNames.Kind, e.Kind?.Name);
        writer.String(FieldNames.Status, e.Status == EventStatus.Occurred ? null : Vocabulary.Name(e.Status));
        writer.String(FieldNames.Certainty, e.Certainty == Certainty.Confirmed ? null : Vocabulary.Name(e.Certainty));
        if (e.Participants.Length > 0)
        {
            writer.StartArray(FieldNames.Participants);
            for (var i = 0; i < e.Participants.Length; i++)
            {
                var participant = e.Participants[i];
                writer.StartObject();
                writer.String(FieldNames.Actor, participant.ActorId);
                writer.String(
                    FieldNames.Role,
                    participant.Role == ParticipantRole.Participant ? null : Vocabulary.Name(participant.Role));
                Extensions(writer, extensions.Participant(i), FieldNames.OfParticipant);
                writer.EndObject();
            }

            writer.EndArray();
        }

        if (e.Location is { } location)
        {
            WriteLocation(writer, location, extensions.Location);
        }

        if (e.Sources.Length > 0)
        {
            WriteSources(writer, e.Sources, extensions.Source);
        }

        if (e.Tags.Length > 0)
        {
            writer.StartArray(FieldNames.Tags);
            foreach (var tag in e.Tags)
            {
                writer.String(tag);
            }

            writer.EndArray();
        }

        var relations = e.Relations.IsEmpty
            ? []
            : Enumerable.Range(0, e.Relations.Length)
                .Where(i => eventIds is null || eventIds.Contains(e.Relations[i].EventId))
                .ToList();
        if (relations.Count > 0)
        {
            writer.StartArray(FieldNames.Relations);
            foreach (var i in relations)
            {
                writer.StartObject();
                writer.String(FieldNames.Type, Vocabulary.Name(e.Relations[i].Type));
                writer.String(FieldNames.Event, e.Relations[i].EventId);
                Extensions(writer, extensions.Relation(i), FieldNames.OfRelation);
                writer.EndObject();
            }

            writer.EndArray();
        }

        if (e.RelativeTo is { } rule)
        {
            writer.StartObject(FieldNames.RelativeTo);
            writer.String(FieldNames.Offset, rule.Offset);
            writer.String(FieldNames.Event, rule.EventId);
            Extensions(writer, extensions.RelativeTo, FieldNames.OfRelativeDate);
            writer.EndObject();
        }

        if (e.Recorded is { } recorded)
        {
            writer.String(FieldNames.Recorded, Day(recorded));
        }

        if (e.History.Length > 0)
        {
            writer.StartArray(FieldNames.History);
            for (var i = 0; i < e.History.Length; i++)
            {
                WriteRevision(writer, e.History[i], extensions.Revision(i));
            }

            writer.EndArray();
        }

        Extensions(writer, extensions.Fields, FieldNames.OfEvent);
        writer.EndObject();
    }

    /// <summary>Writes an earlier state. Every field it holds is written, defaults included, because a field left out
    /// means "the same as the current state"; an empty list of sources is written as <c>[]</c> for the same reason.</summary>
    private static void WriteRevision(CanonicalJsonWriter writer, EventRevision revision, RevisionExtensions extensions)
    {
        writer.StartObject();
        writer.String(FieldNames.Recorded, Day(revision.Recorded));
        writer.String(FieldNames.Title, revision.Title);
        writer.String(FieldNames.Summary, revision.Summary);
        writer.String(FieldNames.Date, revision.Date?.ToString());
        writer.String(FieldNames.Kind, revision.Kind?.Name);
        writer.String(FieldNames.Status, revision.Status is { } status ? Vocabulary.Name(status) : null);
        writer.String(FieldNames.Certainty, revision.Certainty is { } certainty ? Vocabulary.Name(certainty) : null);
        if (revision.Location is { } location)
        {
            WriteLocation(writer, location, extensions.Location);
        }

        if (revision.Sources is { } sources)
        {
            WriteSources(writer, sources, extensions.Source);
        }

        Extensions(writer, extensions.Fields, FieldNames.OfRevision);
        writer.EndObject();
    }

    private static void WriteLocation(CanonicalJsonWriter writer, Location location, ExtensionFields extensions)
    {
        writer.StartObject(FieldNames.Location);
        writer.String(FieldNames.Name, location.Name);
        writer.String(FieldNames.Country, location.Country?.Value);
        if (location.Point is { } point)
        {
            writer.Number(FieldNames.Latitude, point.Latitude);
            writer.Number(FieldNames.Longitude, point.Longitude);
        }

        Extensions(writer, extensions, FieldNames.OfLocation);
        writer.EndObject();
    }

    private static void WriteSources(CanonicalJsonWriter writer, ImmutableArray<Source> sources, Func<int, ExtensionFields> extensions)
    {
        writer.StartArray(FieldNames.Sources);
        for (var i = 0; i < sources.Length; i++)
        {
            var source = sources[i];
            writer.StartObject();
            writer.String(FieldNames.Publisher, source.Publisher);
            writer.String(FieldNames.Author, source.Author);
            writer.String(FieldNames.Title, source.Title);
            writer.String(FieldNames.Url, source.Url);
            writer.String(FieldNames.Published, source.Published?.ToString());
            writer.String(FieldNames.Kind, source.Kind is { } kind ? Vocabulary.Name(kind) : null);
            writer.String(FieldNames.Quote, source.Quote);
            Extensions(writer, extensions(i), FieldNames.OfSource);
            writer.EndObject();
        }

        writer.EndArray();
    }

    private static string Day(LocalDate day) => LocalDatePattern.Iso.Format(day);

    /// <summary>Writes extension fields after the known ones. A field that has the name of a known field of the same
    /// object is not written: the known field wins.</summary>
    private static void Extensions(CanonicalJsonWriter writer, ExtensionFields fields, string[] known)
    {
        foreach (var (name, value) in fields)
        {
            if (Array.IndexOf(known, name) < 0)
            {
                writer.Name(name);
                Element(writer, value);
            }
        }
    }

    private static void Element(CanonicalJsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.StartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.Name(property.Name);
                    Element(writer, property.Value);
                }

                writer.EndObject();
                break;

            case JsonValueKind.Array:
                writer.StartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Element(writer, item);
                }

                writer.EndArray();
                break;

            case JsonValueKind.String:
                string? text = null;
                try
                {
                    text = element.GetString();
                }
                catch (InvalidOperationException)
                {
                    // A string that is not valid UTF-16 (a lone surrogate escape) stays as it was written.
                }

                if (text is null)
                {
                    writer.Raw(element.GetRawText());
                }
                else
                {
                    writer.String(text);
                }

                break;

            default:
                writer.Raw(element.GetRawText()); // a number as written, true, false or null
                break;
        }
    }
}
