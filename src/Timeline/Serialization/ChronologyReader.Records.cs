using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Annals.Dates;
using Annals.Model;
using NodaTime;

namespace Annals.Serialization;

/// <summary>The fast reader of plain records.</summary>
internal sealed partial class ChronologyReader
{
    /// <summary>
    /// Reads an actor or an event straight from the JSON reader, when the record is plain: an object whose fields are
    /// all ones this reader knows, each once, each with a valid value of the right type. It gives up on anything else
    /// (an unknown or repeated field, a wrong type, a bad value, a field it does not read such as a history), and the
    /// caller then reads the record with the general reader, which reports every problem. So a record this reader
    /// accepts is exactly a record the general reader reads without a problem, and the values built are the same.
    /// </summary>
    /// <remarks>Values that repeat across records (dates, kinds, vocabulary names, actor ids, publishers, tags) are
    /// parsed once per file and shared: immutable values, so sharing them is safe, and it saves time and memory. One
    /// reader serves one file; not thread-safe. A string longer in UTF-8 than <see cref="LoadOptions.MaxStringLength"/>
    /// makes it give up, so that the general reader measures the string and reports it when it is over the limit.</remarks>
    /// <param name="maxStringLength">The limit on strings, <see cref="LoadOptions.MaxStringLength"/>.</param>
    private sealed class RecordReader(int maxStringLength)
    {
        private const int MaxCachedLength = 128;

        private readonly ValueCache<EdtfDate> dates = new(maxStringLength, text => EdtfDate.Parse(text) is { Success: true } parsed ? parsed.Value : null);
        private readonly ValueCache<EventKind> kinds = new(maxStringLength, text => EventKind.TryGet(text, out var kind) ? kind : null);
        private readonly ValueCache<string> shared = new(maxStringLength, text => text);
        private readonly ValueCache<DateTimeZone> zones = new(maxStringLength, DateTimeZoneProviders.Tzdb.GetZoneOrNull);
        private readonly VocabularyCache<EventStatus> statuses = new();
        private readonly VocabularyCache<Certainty> certainties = new();
        private readonly VocabularyCache<ParticipantRole> roles = new();
        private readonly VocabularyCache<SourceKind> sourceKinds = new();
        private readonly VocabularyCache<RelationType> relationTypes = new();
        private readonly VocabularyCache<ActorKind> actorKinds = new();
        private readonly Dictionary<(string Actor, ParticipantRole Role), Participant> participantCache = [];
        private readonly List<Participant> participants = [];
        private readonly List<Source> sources = [];
        private readonly List<string> tags = [];
        private readonly List<EventRelation> relations = [];

        [Flags]
        private enum Fields : uint
        {
            None = 0,
            Id = 1 << 0,
            Title = 1 << 1,
            Summary = 1 << 2,
            Date = 1 << 3,
            TimeZone = 1 << 4,
            Kind = 1 << 5,
            Status = 1 << 6,
            Certainty = 1 << 7,
            Participants = 1 << 8,
            Location = 1 << 9,
            Sources = 1 << 10,
            Tags = 1 << 11,
            Relations = 1 << 12,
            Recorded = 1 << 13,
            Name = 1 << 14,
            Country = 1 << 15,
            Actor = 1 << 16,
            Role = 1 << 17,
            Latitude = 1 << 18,
            Longitude = 1 << 19,
            Publisher = 1 << 20,
            Author = 1 << 21,
            Url = 1 << 22,
            Published = 1 << 23,
            Quote = 1 << 24,
            Type = 1 << 25,
            Event = 1 << 26,

            /// <summary>A field this reader does not read, or does not know.</summary>
            Other = 1u << 31,
        }

        /// <summary>Reads a plain event from the object the reader is on, leaving the reader on its end.</summary>
        /// <returns>The event, or <see langword="null"/> when the record is not plain (the reader is then anywhere).</returns>
        public Event? TryReadEvent(ref Utf8JsonReader json)
        {
            string? id = null, title = null, summary = null;
            EdtfDate? date = null;
            DateTimeZone? zone = null;
            EventKind? kind = null;
            EventStatus status = EventStatus.Occurred;
            Certainty certainty = Certainty.Confirmed;
            ImmutableArray<Participant> participantList = [];
            Location? location = null;
            ImmutableArray<Source> sourceList = [];
            ImmutableArray<string> tagList = [];
            ImmutableArray<EventRelation> relationList = [];
            LocalDate? recorded = null;
            var seen = Fields.None;
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                var field = FieldOf(ref json, seen);
                seen |= field;
                var ok = field switch
                {
                    Fields.Id => ReadId(ref json, out id),
                    Fields.Title => ReadText(ref json, out title),
                    Fields.Summary => ReadText(ref json, out summary),
                    Fields.Date => dates.TryRead(ref json, out date),
                    Fields.TimeZone => zones.TryRead(ref json, out zone),
                    Fields.Kind => kinds.TryRead(ref json, out kind),
                    Fields.Status => statuses.TryRead(ref json, shared, out status),
                    Fields.Certainty => certainties.TryRead(ref json, shared, out certainty),
                    Fields.Participants => ReadParticipants(ref json, out participantList),
                    Fields.Location => ReadLocation(ref json, out location),
                    Fields.Sources => ReadSources(ref json, out sourceList),
                    Fields.Tags => ReadTags(ref json, out tagList),
                    Fields.Relations => ReadRelations(ref json, out relationList),
                    Fields.Recorded => ReadDay(ref json, out recorded),
                    _ => false,
                };
                if (!ok)
                {
                    return null;
                }
            }

            if (id is null || title is null || date is null)
            {
                return null;
            }

            return new Event(id, title, date)
            {
                Summary = summary,
                TimeZone = zone,
                Kind = kind,
                Status = status,
                Certainty = certainty,
                Participants = participantList,
                Location = location,
                Sources = sourceList,
                Tags = tagList,
                Relations = relationList,
                Recorded = recorded,
            };
        }

        /// <summary>Reads a plain actor (without offices) from the object the reader is on.</summary>
        /// <returns>The actor, or <see langword="null"/> when the record is not plain.</returns>
        public Actor? TryReadActor(ref Utf8JsonReader json)
        {
            string? id = null, name = null;
            var kind = ActorKind.Person;
            CountryCode? country = null;
            var seen = Fields.None;
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                var field = FieldOf(ref json, seen);
                seen |= field;
                var ok = field switch
                {
                    Fields.Id => ReadSharedId(ref json, out id),
                    Fields.Name => ReadText(ref json, out name),
                    Fields.Kind => actorKinds.TryRead(ref json, shared, out kind),
                    Fields.Country => ReadCountry(ref json, out country),
                    _ => false,
                };
                if (!ok)
                {
                    return null;
                }
            }

            return id is null || name is null ? null : new Actor(id, name, kind) { Country = country };
        }

        /// <summary>Names the field the reader is on; <see cref="Fields.Other"/> for an unknown, escaped or repeated one.</summary>
        private static Fields FieldOf(ref Utf8JsonReader json, Fields seen)
        {
            if (json.ValueIsEscaped)
            {
                return Fields.Other;
            }

            var name = json.ValueSpan;
            var field = name.Length switch
            {
                2 when name.SequenceEqual("id"u8) => Fields.Id,
                3 when name.SequenceEqual("url"u8) => Fields.Url,
                4 when name.SequenceEqual("date"u8) => Fields.Date,
                4 when name.SequenceEqual("kind"u8) => Fields.Kind,
                4 when name.SequenceEqual("name"u8) => Fields.Name,
                4 when name.SequenceEqual("tags"u8) => Fields.Tags,
                4 when name.SequenceEqual("role"u8) => Fields.Role,
                4 when name.SequenceEqual("type"u8) => Fields.Type,
                5 when name.SequenceEqual("title"u8) => Fields.Title,
                5 when name.SequenceEqual("actor"u8) => Fields.Actor,
                5 when name.SequenceEqual("event"u8) => Fields.Event,
                5 when name.SequenceEqual("quote"u8) => Fields.Quote,
                6 when name.SequenceEqual("status"u8) => Fields.Status,
                6 when name.SequenceEqual("author"u8) => Fields.Author,
                7 when name.SequenceEqual("summary"u8) => Fields.Summary,
                7 when name.SequenceEqual("sources"u8) => Fields.Sources,
                7 when name.SequenceEqual("country"u8) => Fields.Country,
                8 when name.SequenceEqual("timeZone"u8) => Fields.TimeZone,
                8 when name.SequenceEqual("location"u8) => Fields.Location,
                8 when name.SequenceEqual("latitude"u8) => Fields.Latitude,
                8 when name.SequenceEqual("recorded"u8) => Fields.Recorded,
                9 when name.SequenceEqual("certainty"u8) => Fields.Certainty,
                9 when name.SequenceEqual("relations"u8) => Fields.Relations,
                9 when name.SequenceEqual("publisher"u8) => Fields.Publisher,
                9 when name.SequenceEqual("published"u8) => Fields.Published,
                9 when name.SequenceEqual("longitude"u8) => Fields.Longitude,
                12 when name.SequenceEqual("participants"u8) => Fields.Participants,
                _ => Fields.Other,
            };
            return (seen & field) != 0 ? Fields.Other : field;
        }

        private bool ReadString(ref Utf8JsonReader json, out string value)
        {
            value = null!;
            if (!json.Read() || json.TokenType != JsonTokenType.String || json.HasValueSequence || json.ValueSpan.Length > maxStringLength)
            {
                return false;
            }

            value = json.GetString()!;
            return true;
        }

        private bool ReadText(ref Utf8JsonReader json, out string? value) =>
            ReadString(ref json, out value!) && !string.IsNullOrWhiteSpace(value);

        private bool ReadSharedText(ref Utf8JsonReader json, out string? value) =>
            shared.TryRead(ref json, out value) && !string.IsNullOrWhiteSpace(value);

        /// <summary>Reads an id that names another record (an actor), shared between the records that name it.</summary>
        private bool ReadSharedId(ref Utf8JsonReader json, out string? value) =>
            shared.TryRead(ref json, out value) && Slug.IsValid(value);

        private bool ReadId(ref Utf8JsonReader json, out string? value) =>
            ReadString(ref json, out value!) && Slug.IsValid(value);

        private bool ReadCountry(ref Utf8JsonReader json, out CountryCode? value)
        {
            value = null;
            if (!ReadString(ref json, out var text) || !CountryCode.TryParse(text, out var code))
            {
                return false;
            }

            value = code;
            return true;
        }

        private bool ReadDay(ref Utf8JsonReader json, out LocalDate? value)
        {
            value = null;
            if (!ReadString(ref json, out var text) || NodaTime.Text.LocalDatePattern.Iso.Parse(text) is not { Success: true } parsed)
            {
                return false;
            }

            value = parsed.Value;
            return true;
        }

        private static bool ReadDegrees(ref Utf8JsonReader json, int limit, out double value)
        {
            value = 0;
            return json.Read()
                && json.TokenType == JsonTokenType.Number
                && json.TryGetDouble(out value)
                && double.IsFinite(value)
                && value >= -limit
                && value <= limit;
        }

        /// <summary>Moves onto the start of an array, which the next value must be.</summary>
        private static bool StartArray(ref Utf8JsonReader json) => json.Read() && json.TokenType == JsonTokenType.StartArray;

        private bool ReadParticipants(ref Utf8JsonReader json, out ImmutableArray<Participant> value)
        {
            value = [];
            if (!StartArray(ref json))
            {
                return false;
            }

            participants.Clear();
            while (json.Read() && json.TokenType != JsonTokenType.EndArray)
            {
                if (json.TokenType != JsonTokenType.StartObject)
                {
                    return false;
                }

                string? actor = null;
                var role = ParticipantRole.Participant;
                var seen = Fields.None;
                while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
                {
                    var field = FieldOf(ref json, seen);
                    seen |= field;
                    var ok = field switch
                    {
                        Fields.Actor => ReadSharedId(ref json, out actor),
                        Fields.Role => roles.TryRead(ref json, shared, out role),
                        _ => false,
                    };
                    if (!ok)
                    {
                        return false;
                    }
                }

                if (actor is null)
                {
                    return false;
                }

                if (!participantCache.TryGetValue((actor, role), out var participant))
                {
                    participant = new Participant(actor, role);
                    participantCache.Add((actor, role), participant);
                }

                participants.Add(participant);
            }

            value = ImmutableArray.Create(CollectionsMarshal.AsSpan(participants));
            return true;
        }

        private bool ReadSources(ref Utf8JsonReader json, out ImmutableArray<Source> value)
        {
            value = [];
            if (!StartArray(ref json))
            {
                return false;
            }

            sources.Clear();
            while (json.Read() && json.TokenType != JsonTokenType.EndArray)
            {
                if (json.TokenType != JsonTokenType.StartObject)
                {
                    return false;
                }

                string? publisher = null, author = null, title = null, url = null, quote = null;
                EdtfDate? published = null;
                SourceKind kind = default;
                var seen = Fields.None;
                while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
                {
                    var field = FieldOf(ref json, seen);
                    seen |= field;
                    var ok = field switch
                    {
                        Fields.Publisher => ReadSharedText(ref json, out publisher),
                        Fields.Author => ReadSharedText(ref json, out author),
                        Fields.Title => ReadText(ref json, out title),
                        Fields.Url => ReadText(ref json, out url),
                        Fields.Published => dates.TryRead(ref json, out published),
                        Fields.Kind => sourceKinds.TryRead(ref json, shared, out kind),
                        Fields.Quote => ReadText(ref json, out quote),
                        _ => false,
                    };
                    if (!ok)
                    {
                        return false;
                    }
                }

                if (publisher is null)
                {
                    return false;
                }

                sources.Add(new Source(publisher)
                {
                    Author = author,
                    Title = title,
                    Url = url,
                    Published = published,
                    Kind = (seen & Fields.Kind) != 0 ? kind : (SourceKind?)null,
                    Quote = quote,
                });
            }

            value = ImmutableArray.Create(CollectionsMarshal.AsSpan(sources));
            return true;
        }

        private bool ReadTags(ref Utf8JsonReader json, out ImmutableArray<string> value)
        {
            value = [];
            if (!StartArray(ref json))
            {
                return false;
            }

            tags.Clear();
            while (json.Read() && json.TokenType != JsonTokenType.EndArray)
            {
                if (json.TokenType != JsonTokenType.String || !shared.TryReadCurrent(ref json, out var tag) || string.IsNullOrWhiteSpace(tag))
                {
                    return false;
                }

                tags.Add(tag);
            }

            value = ImmutableArray.Create(CollectionsMarshal.AsSpan(tags));
            return true;
        }

        private bool ReadRelations(ref Utf8JsonReader json, out ImmutableArray<EventRelation> value)
        {
            value = [];
            if (!StartArray(ref json))
            {
                return false;
            }

            relations.Clear();
            while (json.Read() && json.TokenType != JsonTokenType.EndArray)
            {
                if (json.TokenType != JsonTokenType.StartObject)
                {
                    return false;
                }

                string? target = null;
                RelationType type = default;
                var seen = Fields.None;
                while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
                {
                    var field = FieldOf(ref json, seen);
                    seen |= field;
                    var ok = field switch
                    {
                        Fields.Type => relationTypes.TryRead(ref json, shared, out type),
                        Fields.Event => ReadId(ref json, out target),
                        _ => false,
                    };
                    if (!ok)
                    {
                        return false;
                    }
                }

                if (target is null || (seen & Fields.Type) == 0)
                {
                    return false;
                }

                relations.Add(new EventRelation(type, target));
            }

            value = ImmutableArray.Create(CollectionsMarshal.AsSpan(relations));
            return true;
        }

        private bool ReadLocation(ref Utf8JsonReader json, out Location? value)
        {
            value = null;
            if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            string? name = null;
            CountryCode? country = null;
            double latitude = 0, longitude = 0;
            var seen = Fields.None;
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                var field = FieldOf(ref json, seen);
                seen |= field;
                var ok = field switch
                {
                    Fields.Name => ReadSharedText(ref json, out name),
                    Fields.Country => ReadCountry(ref json, out country),
                    Fields.Latitude => ReadDegrees(ref json, 90, out latitude),
                    Fields.Longitude => ReadDegrees(ref json, 180, out longitude),
                    _ => false,
                };
                if (!ok)
                {
                    return false;
                }
            }

            var point = seen & (Fields.Latitude | Fields.Longitude);
            if (point is Fields.Latitude or Fields.Longitude)
            {
                return false; // one without the other
            }

            value = new Location(name, country, point == Fields.None ? null : new GeoPoint(latitude, longitude));
            return true;
        }

        /// <summary>Parses short strings that repeat once per file: the first time a text is seen it is parsed (or, for
        /// plain strings, kept), later the same value is found by the string's UTF-8 bytes, without making a string.</summary>
        /// <remarks>An open-addressing table keyed by the bytes; texts longer than <see cref="MaxCachedLength"/> bytes
        /// are parsed every time.</remarks>
        private sealed class ValueCache<T>(int maxLength, Func<string, T?> parse)
            where T : class
        {
            private Entry[] entries = new Entry[64];
            private int count;

            /// <summary>Reads the next value, which must be a string whose text parses.</summary>
            public bool TryRead(ref Utf8JsonReader json, out T? value)
            {
                value = null;
                return json.Read() && json.TokenType == JsonTokenType.String && TryReadCurrent(ref json, out value);
            }

            /// <summary>Reads the string the reader is on.</summary>
            public bool TryReadCurrent(ref Utf8JsonReader json, out T? value)
            {
                if (json.HasValueSequence || json.ValueSpan.Length > maxLength)
                {
                    value = null;
                    return false;
                }

                if (json.HasValueSequence || json.ValueSpan.Length > MaxCachedLength)
                {
                    value = parse(json.GetString()!);
                    return value is not null;
                }

                Span<byte> unescaped = stackalloc byte[MaxCachedLength];
                var key = json.ValueIsEscaped ? unescaped[..json.CopyString(unescaped)] : json.ValueSpan;
                var hash = Hash(key);
                var mask = entries.Length - 1;
                for (var i = hash & mask; entries[i].Key is { } existing; i = (i + 1) & mask)
                {
                    if (entries[i].Hash == hash && key.SequenceEqual(existing))
                    {
                        value = entries[i].Value;
                        return true;
                    }
                }

                value = parse(Encoding.UTF8.GetString(key));
                if (value is null)
                {
                    return false;
                }

                Add(key.ToArray(), hash, value);
                return true;
            }

            private static int Hash(ReadOnlySpan<byte> bytes)
            {
                // FNV-1a over the bytes, enough to spread a few thousand short texts.
                var hash = 2166136261u;
                foreach (var b in bytes)
                {
                    hash = (hash ^ b) * 16777619u;
                }

                return (int)(hash & 0x7FFFFFFF);
            }

            private void Add(byte[] key, int hash, T value)
            {
                if ((count + 1) * 2 > entries.Length)
                {
                    var old = entries;
                    entries = new Entry[old.Length * 2];
                    count = 0;
                    foreach (var entry in old)
                    {
                        if (entry.Key is not null)
                        {
                            Add(entry.Key, entry.Hash, entry.Value);
                        }
                    }
                }

                var mask = entries.Length - 1;
                var i = hash & mask;
                while (entries[i].Key is not null)
                {
                    i = (i + 1) & mask;
                }

                entries[i] = new Entry(key, hash, value);
                count++;
            }

            private readonly record struct Entry(byte[] Key, int Hash, T Value);
        }

        /// <summary>Reads names of a vocabulary (<c>planned</c>, <c>host</c>) through the cache of shared strings.</summary>
        private sealed class VocabularyCache<TEnum>
            where TEnum : struct, Enum
        {
            private readonly Dictionary<string, TEnum> values = new(ReferenceEqualityComparer.Instance);

            public bool TryRead(ref Utf8JsonReader json, ValueCache<string> names, out TEnum value)
            {
                value = default;
                if (!names.TryRead(ref json, out var name))
                {
                    return false;
                }

                if (values.TryGetValue(name!, out value))
                {
                    return true;
                }

                if (!Vocabulary.TryParse(name, out value))
                {
                    return false;
                }

                values.Add(name!, value);
                return true;
            }
        }
    }
}
