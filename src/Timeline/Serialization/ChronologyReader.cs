using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Annals.Dates;
using Annals.Model;
using Annals.Timelines;

namespace Annals.Serialization;

/// <summary>Turns a position-annotated JSON tree into a <see cref="ChronologyDocument"/>, reporting every problem
/// with its line, column and path.</summary>
/// <remarks>Each record is read field by field, so that one bad field does not hide the problems of the others. Every
/// record with a valid id is built, leaving out its bad parts and standing in for a bad title, name or date, and
/// handed to the timeline builder, whose problems are mapped back to the JSON they came from; so a reference to a
/// record with a bad date is not reported as unknown, and the references of such a record are still checked. A file
/// with any error never yields a document.</remarks>
internal sealed partial class ChronologyReader
{
    /// <summary>How many records the checks of duplicate events may validate in all; see
    /// <see cref="CheckDuplicateEvents"/>.</summary>
    private const long MaxDuplicateCheckWork = 200_000;

    private static readonly Lazy<EdtfDate> StandInDate = new(() => EdtfDate.Parse("XXXX").GetValueOrThrow());

    private readonly ReadOnlyMemory<byte> text;
    private readonly TextPositions positions;
    private readonly LoadOptions options;
    private readonly JsonDocumentOptions extensionParsing;
    private readonly List<PendingProblem> problems = [];
    private readonly SuggestionBudget suggestions = new();
    private readonly List<RecordSite> actorSites = [];
    private readonly List<RecordSite> eventSites = [];
    private int errorCount;

    /// <summary>The number of records read as syntax trees rather than by the fast reader.</summary>
    private int treeRecords;

    private ChronologyReader(ReadOnlyMemory<byte> text, TextPositions positions, LoadOptions options)
    {
        this.text = text;
        this.positions = positions;
        this.options = options;
        extensionParsing = new JsonDocumentOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = options.MaxDepth + 2,
        };
    }

    /// <summary>Reads a file.</summary>
    /// <param name="text">The UTF-8 bytes, possibly with a byte order mark.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The document or the problems.</returns>
    /// <remarks>The file is read in one pass, record by record (see <see cref="TryReadStreaming"/>); a file that cannot
    /// be read that way (not JSON, not an object, too deep, over a limit) is read as a whole tree, which reports
    /// exactly why.</remarks>
    public static LoadResult Read(ReadOnlyMemory<byte> text, LoadOptions options)
    {
        var bom = text.Span.StartsWith("\uFEFF"u8) ? 3 : 0;
        var positions = new TextPositions(text, bom);
        if (JsonSyntaxParser.Precheck(text.Span[bom..], bom) is null)
        {
            try
            {
                var streaming = new ChronologyReader(text, positions, options);
                if (streaming.TryReadStreaming(out var result))
                {
                    return result;
                }
            }
            catch (JsonException)
            {
                // Malformed JSON: the tree reader below finds the same problem and reports it with its path.
            }
            catch (InvalidOperationException)
            {
                // A string that is not valid UTF-16: likewise.
            }
        }

        return ReadAsTree(text, positions, options);
    }

    /// <summary>Reads a file as one syntax tree, then the tree, as every file that cannot be read record by record is
    /// read. Every file gives the same result this way as with <see cref="Read"/>; tests compare the two.</summary>
    /// <param name="text">The UTF-8 bytes, possibly with a byte order mark.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The document or the problems.</returns>
    internal static LoadResult ReadAsTree(ReadOnlyMemory<byte> text, LoadOptions options) =>
        ReadAsTree(text, new TextPositions(text, text.Span.StartsWith("\uFEFF"u8) ? 3 : 0), options);

    private static LoadResult ReadAsTree(ReadOnlyMemory<byte> text, TextPositions positions, LoadOptions options)
    {
        var reader = new ChronologyReader(text, positions, options);
        var root = JsonSyntaxParser.Parse(text, positions, options, out var failure);
        if (root is null)
        {
            var why = failure ?? new SyntaxFailure(LoadProblemCodes.MalformedJson, "malformed JSON", positions.ByteOrderMarkLength);
            reader.Error(why.Code, why.Message, why.Offset, why.Path);
            return reader.Result(null);
        }

        return reader.ReadDocument(root, recordsRead: false);
    }

    /// <summary>The result for a file larger than <see cref="LoadOptions.MaxFileSize"/>, which is not read.</summary>
    public static LoadResult TooLarge(LoadOptions options) => new(
        null,
        [
            new LoadProblem(
                ProblemSeverity.Error,
                LoadProblemCodes.FileTooLarge,
                $"the file is larger than the limit of {LoadOptions.DescribeSize(options.MaxFileSize)}; split it into smaller files, or {LoadOptions.HowToRaise(nameof(LoadOptions.MaxFileSize), "--max-file-size")}",
                1,
                1,
                JsonPath.Root),
        ]);

    /// <summary>Reads the document from its root object.</summary>
    /// <param name="root">The root value.</param>
    /// <param name="recordsRead">Whether the actors and events were already read while streaming, so that the root's
    /// <c>actors</c> and <c>events</c> arrays are placeholders without items.</param>
    /// <returns>The result.</returns>
    private LoadResult ReadDocument(JsonSyntax root, bool recordsRead)
    {
        if (root is not JsonObjectSyntax rootObject)
        {
            Error(
                LoadProblemCodes.WrongType,
                $"expected an object, found {root.Description}; a timeline file holds one object, such as {{\"timeline\": 1, \"title\": \"…\"}}",
                root.Start,
                JsonPath.Root);
            return Result(null);
        }

        var top = Members(rootObject, JsonPath.Root, FieldNames.OfTimeline);
        ReadVersion(top);
        var title = Text(top, FieldNames.Title, required: true);
        var description = Text(top, FieldNames.Description, required: false);

        if (Array(top, FieldNames.Actors) is { } actorArray && !recordsRead)
        {
            for (var i = 0; i < actorArray.Items.Count; i++)
            {
                ReadActor(actorArray.Items[i], i);
            }
        }

        if (Array(top, FieldNames.Events) is { } eventArray && !recordsRead)
        {
            for (var i = 0; i < eventArray.Items.Count; i++)
            {
                ReadEvent(eventArray.Items[i], i);
            }
        }

        // The first record with each id is the one built; later ones are reported here and checked on their own.
        var actorsById = ReportDuplicateIds(actorSites, ProblemCodes.DuplicateActorId, "actor", string.Empty, out _);
        var eventsById = ReportDuplicateIds(eventSites, ProblemCodes.DuplicateEventId, "event", ", or merge the two records", out var duplicateEvents);

        var builder = Timeline.CreateBuilder();
        builder.Title = title;
        builder.Description = description;
        builder.IdsAreUnique = true;
        builder.AddActors(actorsById.Values.Select(site => (Actor)site.Record!));
        builder.AddRange(eventsById.Values.Select(site => (Event)site.Record!));
        ReportBuilderProblems(builder.Validate(), actorsById, eventsById, rootObject);
        if (duplicateEvents)
        {
            CheckDuplicateEvents(actorsById, eventsById, rootObject);
        }

        if (errorCount > 0 || title is null)
        {
            return Result(null);
        }

        if (!builder.TryToImmutable(out var timeline, out var remaining))
        {
            // Every builder problem has been reported above; this only guards against one that was filtered out.
            foreach (var problem in remaining)
            {
                Error(problem.Code, problem.Message, rootObject.Start, JsonPath.Root);
            }

            return Result(null);
        }

        // Only records read as trees can have extension data; the fast reader takes plain records only.
        var extensions = treeRecords == 0
            ? new ChronologyExtensions { Fields = top.Extensions }
            : new ChronologyExtensions
            {
                Fields = top.Extensions,
                Actors = actorsById.Values
                    .Where(site => site.ActorExtensions is { IsEmpty: false })
                    .ToImmutableDictionary(site => site.Id!, site => site.ActorExtensions!, StringComparer.Ordinal),
                Events = eventsById.Values
                    .Where(site => site.EventExtensions is { IsEmpty: false })
                    .ToImmutableDictionary(site => site.Id!, site => site.EventExtensions!, StringComparer.Ordinal),
            };
        return Result(new ChronologyDocument(timeline, extensions));
    }

    private void ReadVersion(ObjectMembers top)
    {
        if (!top.Known.TryGetValue(FieldNames.Version, out var property))
        {
            Missing(top, FieldNames.Version, "add \"timeline\": 1, the format version, as the first field");
            return;
        }

        var path = JsonPath.Property(top.Path, FieldNames.Version);
        if (property.Value is not JsonNumberSyntax number)
        {
            WrongType(property.Value, "the number 1", path);
        }
        else if (number.Value != ChronologyJson.FormatVersion)
        {
            Error(
                LoadProblemCodes.UnsupportedVersion,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"unsupported format version {Shown(number.Text)}; this version of Annals reads version {ChronologyJson.FormatVersion}"),
                number.Start,
                path);
        }
    }

    private void ReadActor(JsonSyntax node, int index)
    {
        treeRecords++;
        var site = NewSite(FieldNames.Actors, index, node.Start, node.End);
        var path = site.Path;
        actorSites.Add(site);
        if (node is not JsonObjectSyntax obj)
        {
            WrongType(node, "an object", path);
            return;
        }

        var members = Members(obj, path, FieldNames.OfActor);
        var id = Id(members, FieldNames.Id, required: true);
        var name = Text(members, FieldNames.Name, required: true);
        var kind = Enum<ActorKind>(members, FieldNames.Kind, "actor kind");
        var country = Country(members);
        var offices = ImmutableArray.CreateBuilder<Office>();
        var officeExtensions = new List<ExtensionFields>();
        if (Array(members, FieldNames.Offices) is { } officeArray)
        {
            var officesPath = JsonPath.Property(path, FieldNames.Offices);
            for (var i = 0; i < officeArray.Items.Count; i++)
            {
                var officePath = JsonPath.Index(officesPath, i);
                if (Object(officeArray.Items[i], officePath) is not { } officeMembers)
                {
                    continue;
                }

                officeMembers = Members(officeMembers.Node, officePath, FieldNames.OfOffice);
                var title = Text(officeMembers, FieldNames.Title, required: true);
                var term = Date(officeMembers, FieldNames.Date, required: true);
                if (title is not null && term is not null)
                {
                    site.Map(FieldNames.Offices, offices.Count, i);
                    offices.Add(new Office(title, term));
                    officeExtensions.Add(officeMembers.Extensions);
                }
            }
        }

        if (id is not null)
        {
            // An actor without a valid name still takes part in the checks between records (under a stand-in name);
            // the file has an error, so it is never loaded.
            site.Record = new Actor(id, name ?? id, kind ?? ActorKind.Person)
            {
                Country = country,
                Offices = offices.DrainToImmutable(),
            };
            site.ActorExtensions = new ActorExtensions
            {
                Fields = members.Extensions,
                Offices = TrimmedList(officeExtensions),
            };
        }
    }

    private void ReadEvent(JsonSyntax node, int index)
    {
        treeRecords++;
        var site = NewSite(FieldNames.Events, index, node.Start, node.End);
        var path = site.Path;
        eventSites.Add(site);
        if (node is not JsonObjectSyntax obj)
        {
            WrongType(node, "an object", path);
            return;
        }

        var members = Members(obj, path, FieldNames.OfEvent);
        var id = Id(members, FieldNames.Id, required: true);
        var title = Text(members, FieldNames.Title, required: true);
        var summary = Text(members, FieldNames.Summary, required: false);
        // A date given relative to another event is computed when the timeline is built, so it may be left out.
        var date = Date(members, FieldNames.Date, required: !members.Known.ContainsKey(FieldNames.RelativeTo));
        var timeZone = TimeZone(members);
        var kind = Kind(members);
        var status = Enum<EventStatus>(members, FieldNames.Status, "status");
        var certainty = Enum<Certainty>(members, FieldNames.Certainty, "certainty");

        var participants = ImmutableArray.CreateBuilder<Participant>();
        var participantExtensions = new List<ExtensionFields>();
        ReadItems(members, FieldNames.Participants, FieldNames.OfParticipant, (item, index) =>
        {
            var actor = Id(item, FieldNames.Actor, required: true);
            var role = Enum<ParticipantRole>(item, FieldNames.Role, "role");
            if (actor is not null)
            {
                site.Map(FieldNames.Participants, participants.Count, index);
                participants.Add(new Participant(actor, role ?? ParticipantRole.Participant));
                participantExtensions.Add(item.Extensions);
            }
        });

        var location = ReadLocation(members, out var locationExtensions);
        var sources = ReadSources(members, site, FieldNames.Sources, out var sourceExtensions);
        var tags = ReadTags(members);

        var relations = ImmutableArray.CreateBuilder<EventRelation>();
        var relationExtensions = new List<ExtensionFields>();
        ReadItems(members, FieldNames.Relations, FieldNames.OfRelation, (item, index) =>
        {
            var type = Enum<RelationType>(item, FieldNames.Type, "relation type", required: true);
            var target = Id(item, FieldNames.Event, required: true);
            if (type is not null && target is not null)
            {
                site.Map(FieldNames.Relations, relations.Count, index);
                relations.Add(new EventRelation(type.Value, target));
                relationExtensions.Add(item.Extensions);
            }
        });

        var relativeTo = ReadRelativeDate(members, out var relativeToExtensions);
        var recorded = Day(members, FieldNames.Recorded, required: false);

        var history = ImmutableArray.CreateBuilder<EventRevision>();
        var historyExtensions = new List<RevisionExtensions>();
        ReadItems(members, FieldNames.History, FieldNames.OfRevision, (item, index) =>
        {
            var day = Day(item, FieldNames.Recorded, required: true);
            var revisionTitle = Text(item, FieldNames.Title, required: false);
            var revisionSummary = Text(item, FieldNames.Summary, required: false);
            var revisionDate = Date(item, FieldNames.Date, required: false);
            var revisionKind = Kind(item);
            var revisionStatus = Enum<EventStatus>(item, FieldNames.Status, "status");
            var revisionCertainty = Enum<Certainty>(item, FieldNames.Certainty, "certainty");
            var revisionLocation = ReadLocation(item, out var revisionLocationExtensions);
            var listKey = JsonPath.Index(FieldNames.History, history.Count) + "." + FieldNames.Sources;
            var revisionSources = ReadSources(item, site, listKey, out var revisionSourceExtensions);
            if (day is not null)
            {
                site.Map(FieldNames.History, history.Count, index);
                history.Add(new EventRevision(day.Value)
                {
                    Title = revisionTitle,
                    Summary = revisionSummary,
                    Date = revisionDate,
                    Kind = revisionKind,
                    Status = revisionStatus,
                    Certainty = revisionCertainty,
                    Location = revisionLocation,
                    Sources = revisionSources,
                });
                historyExtensions.Add(new RevisionExtensions
                {
                    Fields = item.Extensions,
                    Location = revisionLocationExtensions,
                    Sources = revisionSourceExtensions,
                });
            }
        });

        site.HasUnknownDate = date is null && relativeTo is null;
        if (id is not null)
        {
            // An event without a valid title or date still takes part in the checks between records, so that its
            // participants and relations are checked too. The stand-in date overlaps every date, so it contradicts no
            // relation; the file has an error, so it is never loaded. (An event with a relative date may leave its
            // date out: the builder computes it, replacing the stand-in.)
            site.Record = new Event(id, title ?? id, date ?? StandInDate.Value)
            {
                Summary = summary,
                TimeZone = timeZone,
                Kind = kind,
                Status = status ?? EventStatus.Occurred,
                Certainty = certainty ?? Certainty.Confirmed,
                Participants = participants.DrainToImmutable(),
                Location = location,
                Sources = sources ?? [],
                Tags = tags,
                Relations = relations.DrainToImmutable(),
                RelativeTo = relativeTo,
                Recorded = recorded,
                History = history.DrainToImmutable(),
            };
            site.EventExtensions = new EventExtensions
            {
                Fields = members.Extensions,
                Location = locationExtensions,
                RelativeTo = relativeToExtensions,
                Participants = TrimmedList(participantExtensions),
                Sources = sourceExtensions,
                Relations = TrimmedList(relationExtensions),
                History = TrimmedList(historyExtensions),
            };
        }
    }

    /// <summary>Reads a list of sources: an event's, or a history entry's. Returns <see langword="null"/> when the
    /// field is absent (for a history entry: the sources did not change). Links are checked by the timeline builder,
    /// for the current sources and those of earlier states alike.</summary>
    private ImmutableArray<Source>? ReadSources(
        ObjectMembers parent,
        RecordSite site,
        string listKey,
        out ImmutableArray<ExtensionFields> extensions)
    {
        var sources = ImmutableArray.CreateBuilder<Source>();
        var sourceExtensions = new List<ExtensionFields>();
        var present = ReadItems(parent, FieldNames.Sources, FieldNames.OfSource, (item, index) =>
        {
            var publisher = Text(item, FieldNames.Publisher, required: true);
            var author = Text(item, FieldNames.Author, required: false);
            var title = Text(item, FieldNames.Title, required: false);
            var url = Text(item, FieldNames.Url, required: false);
            var published = Date(item, FieldNames.Published, required: false);
            var kind = Enum<SourceKind>(item, FieldNames.Kind, "source kind");
            var quote = Text(item, FieldNames.Quote, required: false);
            if (publisher is not null)
            {
                site.Map(listKey, sources.Count, index);
                sources.Add(new Source(publisher)
                {
                    Author = author,
                    Title = title,
                    Url = url,
                    Published = published,
                    Kind = kind,
                    Quote = quote,
                });
                sourceExtensions.Add(item.Extensions);
            }
        });

        extensions = TrimmedList(sourceExtensions);
        return present ? sources.DrainToImmutable() : null;
    }

    private Location? ReadLocation(ObjectMembers members, out ExtensionFields extensions)
    {
        extensions = ExtensionFields.Empty;
        if (!members.Known.TryGetValue(FieldNames.Location, out var property))
        {
            return null;
        }

        var path = JsonPath.Property(members.Path, FieldNames.Location);
        if (Object(property.Value, path) is not { } obj)
        {
            return null;
        }

        var location = Members(obj.Node, path, FieldNames.OfLocation);
        extensions = location.Extensions;
        var name = Text(location, FieldNames.Name, required: false);
        var country = Country(location);
        var latitude = Degrees(location, FieldNames.Latitude, 90);
        var longitude = Degrees(location, FieldNames.Longitude, 180);
        var hasLatitude = location.Known.ContainsKey(FieldNames.Latitude);
        var hasLongitude = location.Known.ContainsKey(FieldNames.Longitude);
        if (hasLatitude != hasLongitude)
        {
            var (has, lacks) = hasLatitude
                ? (FieldNames.Latitude, FieldNames.Longitude)
                : (FieldNames.Longitude, FieldNames.Latitude);
            Missing(location, lacks, $"the location has a {has} but no {lacks}; give both or neither");
        }

        GeoPoint? point = latitude is { } lat && longitude is { } lon ? new GeoPoint(lat, lon) : null;
        return new Location(name, country, point);
    }

    private RelativeDate? ReadRelativeDate(ObjectMembers members, out ExtensionFields extensions)
    {
        extensions = ExtensionFields.Empty;
        if (!members.Known.TryGetValue(FieldNames.RelativeTo, out var property))
        {
            return null;
        }

        var path = JsonPath.Property(members.Path, FieldNames.RelativeTo);
        if (Object(property.Value, path) is not { } obj)
        {
            return null;
        }

        var rule = Members(obj.Node, path, FieldNames.OfRelativeDate);
        extensions = rule.Extensions;
        var offset = Text(rule, FieldNames.Offset, required: true);
        var anchor = Id(rule, FieldNames.Event, required: true);
        return offset is not null && anchor is not null ? new RelativeDate(offset, anchor) : null;
    }

    private ImmutableArray<string> ReadTags(ObjectMembers members)
    {
        if (Array(members, FieldNames.Tags) is not { } array)
        {
            return [];
        }

        var tags = ImmutableArray.CreateBuilder<string>();
        var path = JsonPath.Property(members.Path, FieldNames.Tags);
        for (var i = 0; i < array.Items.Count; i++)
        {
            var itemPath = JsonPath.Index(path, i);
            if (array.Items[i] is not JsonStringSyntax tag)
            {
                WrongType(array.Items[i], "a string", itemPath);
            }
            else if (string.IsNullOrWhiteSpace(tag.Value))
            {
                Error(LoadProblemCodes.InvalidValue, "a tag must not be empty or blank; remove it", tag.Start, itemPath);
            }
            else
            {
                tags.Add(tag.Value);
            }
        }

        return tags.DrainToImmutable();
    }

    /// <summary>Reads each object of an array field; returns whether the field is present and an array.</summary>
    private bool ReadItems(ObjectMembers parent, string field, string[] known, Action<ObjectMembers, int> read)
    {
        if (Array(parent, field) is not { } array)
        {
            return false;
        }

        var path = JsonPath.Property(parent.Path, field);
        for (var i = 0; i < array.Items.Count; i++)
        {
            var itemPath = JsonPath.Index(path, i);
            if (Object(array.Items[i], itemPath) is { } item)
            {
                read(Members(item.Node, itemPath, known), i);
            }
        }

        return true;
    }

    // ----- Cross-record checks -----

    /// <summary>Reports every record whose id an earlier record already has.</summary>
    /// <returns>The first record with each id: the records that are built (a record has an id exactly when it was
    /// built), in file order.</returns>
    private Dictionary<string, RecordSite> ReportDuplicateIds(List<RecordSite> sites, string code, string noun, string advice, out bool any)
    {
        any = false;
        var first = new Dictionary<string, RecordSite>(sites.Count, StringComparer.Ordinal);
        foreach (var site in sites)
        {
            if (site.Id is null)
            {
                continue;
            }

            if (!first.TryAdd(site.Id, site))
            {
                any = true;
                var (line, _) = positions.Locate(first[site.Id].Start);
                var idNode = ((JsonObjectSyntax)site.Node).Properties.First(p => p.Name == FieldNames.Id).Value;
                Error(
                    code,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"another {noun} already has the id '{site.Id}' (line {line}); give each {noun} its own id{advice}"),
                    idNode.Start,
                    JsonPath.Property(site.Path, FieldNames.Id));
            }
        }

        return first;
    }

    /// <summary>Checks each event whose id an earlier event already has (and so was not given to the builder) against
    /// the others, as if it were the only one with its id, so that its own references are checked too.</summary>
    /// <remarks>Each check validates the whole timeline again, so the checks stop once they have validated
    /// <see cref="MaxDuplicateCheckWork"/> records in all: a file with thousands of duplicates (a file appended to
    /// itself) still loads quickly, and every duplicate is still reported (<c>TL001</c>).</remarks>
    private void CheckDuplicateEvents(
        Dictionary<string, RecordSite> actorsById,
        Dictionary<string, RecordSite> eventsById,
        JsonObjectSyntax root)
    {
        var work = 0L;
        foreach (var duplicate in eventSites)
        {
            if (duplicate.Record is not Event e || ReferenceEquals(eventsById[e.Id], duplicate))
            {
                continue;
            }

            work += eventsById.Count + actorsById.Count;
            if (work > MaxDuplicateCheckWork)
            {
                return;
            }

            var builder = Timeline.CreateBuilder()
                .AddActors(actorsById.Values.Select(site => (Actor)site.Record!))
                .AddRange(eventsById.Values.Where(site => site.Id != e.Id).Select(site => (Event)site.Record!))
                .Add(e);
            var own = builder.Validate().Where(problem => problem.EventId == e.Id).ToImmutableArray();
            ReportBuilderProblems(own, actorsById, new Dictionary<string, RecordSite>(StringComparer.Ordinal) { [e.Id] = duplicate }, root);
        }
    }

    /// <summary>Finds the events whose date is unknown because of an error (a bad or missing date), and those whose
    /// date is relative to them, directly or through others.</summary>
    private static HashSet<string> EventsWithUnknownDates(Dictionary<string, RecordSite> eventsById)
    {
        var unknown = eventsById.Values.Where(site => site.HasUnknownDate).Select(site => site.Id!).ToHashSet(StringComparer.Ordinal);
        if (unknown.Count == 0)
        {
            return unknown;
        }

        // The events relative to each anchor, then every event reachable from an unknown date through them.
        var dependents = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var site in eventsById.Values)
        {
            if (site.Record is Event { RelativeTo: { } rule } e)
            {
                if (!dependents.TryGetValue(rule.EventId, out var list))
                {
                    dependents[rule.EventId] = list = [];
                }

                list.Add(e.Id);
            }
        }

        var pending = new Stack<string>(unknown);
        while (pending.TryPop(out var id))
        {
            foreach (var dependent in dependents.GetValueOrDefault(id) ?? [])
            {
                if (unknown.Add(dependent))
                {
                    pending.Push(dependent);
                }
            }
        }

        return unknown;
    }

    private void ReportBuilderProblems(
        ImmutableArray<TimelineProblem> found,
        Dictionary<string, RecordSite> actorsById,
        Dictionary<string, RecordSite> eventsById,
        JsonObjectSyntax root)
    {
        var unknownDates = EventsWithUnknownDates(eventsById);
        foreach (var problem in found)
        {
            if (problem.Code is ProblemCodes.DuplicateActorId or ProblemCodes.DuplicateEventId)
            {
                continue; // Reported above, with the positions of both records, including records that failed.
            }

            if (problem.Code == ProblemCodes.RelativeDateUnreadable && problem.EventId is not null && unknownDates.Contains(problem.EventId))
            {
                continue; // Relative to an event whose date has an error of its own, reported where that date is.
            }

            RecordSite? site = null;
            if (problem.EventId is not null)
            {
                eventsById.TryGetValue(problem.EventId, out site);
            }
            else if (problem.ActorId is not null)
            {
                actorsById.TryGetValue(problem.ActorId, out site);
            }

            if (site is null)
            {
                Error(problem.Code, problem.Message, root.Start, JsonPath.Root);
                continue;
            }

            var (node, path) = site.Locate(problem.Field);
            Error(problem.Code, problem.Message, node.Start, path);
        }
    }

    // ----- Reporting -----

    private void Missing(ObjectMembers members, string name, string? hint = null) =>
        Error(
            LoadProblemCodes.MissingField,
            hint is null ? $"missing required field '{name}'" : $"missing required field '{name}': {hint}",
            members.Node.Start,
            JsonPath.Property(members.Path, name));

    private void WrongType(JsonSyntax value, string expected, string path, bool optional = false) =>
        Error(
            LoadProblemCodes.WrongType,
            optional && value.Kind == JsonValueKind.Null
                ? $"expected {expected}, found null; leave the field out instead"
                : $"expected {expected}, found {value.Description}",
            value.Start,
            path);

    private void Error(string code, string message, int offset, string path)
    {
        errorCount++;
        Report(ProblemSeverity.Error, code, message, offset, path);
    }

    private void Report(ProblemSeverity severity, string code, string message, int offset, string path) =>
        problems.Add(new PendingProblem(severity, code, message, offset, path));

    private LoadResult Result(ChronologyDocument? document)
    {
        // Problems in file order; those at the same place keep the order they were found in. Located in that order,
        // so that finding every column costs one pass over the text, however many problems share a long line.
        var order = Enumerable.Range(0, problems.Count).OrderBy(i => problems[i].Offset).ThenBy(i => i);
        var located = ImmutableArray.CreateBuilder<LoadProblem>(problems.Count);
        var cursor = positions.Cursor();
        foreach (var i in order)
        {
            var (severity, code, message, offset, path) = problems[i];
            var (line, column) = cursor.Locate(offset);
            located.Add(new LoadProblem(severity, code, message, line, column, path));
        }

        return new LoadResult(document, located.MoveToImmutable());
    }

    private static ImmutableArray<T> TrimmedList<T>(List<T> list)
        where T : class
    {
        var count = list.Count;
        while (count > 0 && list[count - 1] is ExtensionFields { IsEmpty: true } or RevisionExtensions { IsEmpty: true })
        {
            count--;
        }

        return count == 0 ? [] : [.. list.Take(count)];
    }

    /// <summary>A problem found, before its line and column are worked out.</summary>
    private readonly record struct PendingProblem(ProblemSeverity Severity, string Code, string Message, int Offset, string Path);
}
