using System.Collections.Immutable;

namespace Annals.Serialization;

/// <summary>The extension data of one event: the unknown fields of the event object, of its location and
/// <c>relativeTo</c> objects, and of each of its participants, sources, relations and history entries.</summary>
/// <remarks>
/// <para>List entries are matched by position: <c>Sources[1]</c> belongs to the event's second source. A list may be
/// shorter than the event's; missing entries mean "no extension fields".</para>
/// <para>Immutable and thread-safe; compares by value.</para>
/// </remarks>
public sealed record EventExtensions
{
    private readonly ExtensionFields fields = ExtensionFields.Empty;
    private readonly ExtensionFields location = ExtensionFields.Empty;
    private readonly ExtensionFields relativeTo = ExtensionFields.Empty;
    private readonly ImmutableArray<ExtensionFields> participants = [];
    private readonly ImmutableArray<ExtensionFields> sources = [];
    private readonly ImmutableArray<ExtensionFields> relations = [];
    private readonly ImmutableArray<RevisionExtensions> history = [];

    /// <summary>Gets an instance with no extension data.</summary>
    public static EventExtensions Empty { get; } = new();

    /// <summary>Gets the unknown fields of the event object.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ExtensionFields Fields
    {
        get => fields;
        init => fields = value ?? throw new ArgumentNullException(nameof(Fields));
    }

    /// <summary>Gets the unknown fields of the location object.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ExtensionFields Location
    {
        get => location;
        init => location = value ?? throw new ArgumentNullException(nameof(Location));
    }

    /// <summary>Gets the unknown fields of the <c>relativeTo</c> object.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ExtensionFields RelativeTo
    {
        get => relativeTo;
        init => relativeTo = value ?? throw new ArgumentNullException(nameof(RelativeTo));
    }

    /// <summary>Gets the unknown fields of each participant object, by position.</summary>
    /// <exception cref="ArgumentException">Set to a list holding <see langword="null"/>.</exception>
    public ImmutableArray<ExtensionFields> Participants
    {
        get => participants;
        init => participants = ExtensionLists.Check(value, nameof(Participants));
    }

    /// <summary>Gets the unknown fields of each source object, by position.</summary>
    /// <exception cref="ArgumentException">Set to a list holding <see langword="null"/>.</exception>
    public ImmutableArray<ExtensionFields> Sources
    {
        get => sources;
        init => sources = ExtensionLists.Check(value, nameof(Sources));
    }

    /// <summary>Gets the unknown fields of each relation object, by position.</summary>
    /// <exception cref="ArgumentException">Set to a list holding <see langword="null"/>.</exception>
    public ImmutableArray<ExtensionFields> Relations
    {
        get => relations;
        init => relations = ExtensionLists.Check(value, nameof(Relations));
    }

    /// <summary>Gets the extension data of each history entry (earlier state), by position.</summary>
    /// <exception cref="ArgumentException">Set to a list holding <see langword="null"/>.</exception>
    public ImmutableArray<RevisionExtensions> History
    {
        get => history;
        init => history = ExtensionLists.Check(value, nameof(History));
    }

    /// <summary>Gets a value indicating whether there is no extension data at all.</summary>
    public bool IsEmpty =>
        fields.IsEmpty
        && location.IsEmpty
        && relativeTo.IsEmpty
        && participants.All(p => p.IsEmpty)
        && sources.All(s => s.IsEmpty)
        && relations.All(r => r.IsEmpty)
        && history.All(h => h.IsEmpty);

    /// <summary>Gets the unknown fields of a participant.</summary>
    /// <param name="index">The participant's position in the event's list.</param>
    /// <returns>The fields; empty when there are none.</returns>
    public ExtensionFields Participant(int index) => ExtensionLists.At(participants, index, ExtensionFields.Empty);

    /// <summary>Gets the unknown fields of a source.</summary>
    /// <param name="index">The source's position in the event's list.</param>
    /// <returns>The fields; empty when there are none.</returns>
    public ExtensionFields Source(int index) => ExtensionLists.At(sources, index, ExtensionFields.Empty);

    /// <summary>Gets the unknown fields of a relation.</summary>
    /// <param name="index">The relation's position in the event's list.</param>
    /// <returns>The fields; empty when there are none.</returns>
    public ExtensionFields Relation(int index) => ExtensionLists.At(relations, index, ExtensionFields.Empty);

    /// <summary>Gets the extension data of a history entry.</summary>
    /// <param name="index">The entry's position in the event's history.</param>
    /// <returns>The data; empty when there is none.</returns>
    public RevisionExtensions Revision(int index) => ExtensionLists.At(history, index, RevisionExtensions.Empty);

    /// <inheritdoc />
    public bool Equals(EventExtensions? other) =>
        other is not null
        && fields.Equals(other.fields)
        && location.Equals(other.location)
        && relativeTo.Equals(other.relativeTo)
        && ExtensionLists.Equal(participants, other.participants, ExtensionFields.Empty)
        && ExtensionLists.Equal(sources, other.sources, ExtensionFields.Empty)
        && ExtensionLists.Equal(relations, other.relations, ExtensionFields.Empty)
        && ExtensionLists.Equal(history, other.history, RevisionExtensions.Empty);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(fields, location);
}
