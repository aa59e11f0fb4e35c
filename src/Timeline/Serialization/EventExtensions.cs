using System.Collections.Immutable;

namespace Annals.Serialization;

/// <summary>The extension data of one event: the unknown fields of the event object, of its location, and of each of
/// its participants, sources and relations.</summary>
/// <remarks>
/// <para>List entries are matched by position: <c>Sources[1]</c> belongs to the event's second source. A list may be
/// shorter than the event's; missing entries mean "no extension fields".</para>
/// <para>Immutable and thread-safe; compares by value.</para>
/// </remarks>
public sealed record EventExtensions
{
    private readonly ExtensionFields fields = ExtensionFields.Empty;
    private readonly ExtensionFields location = ExtensionFields.Empty;
    private readonly ImmutableArray<ExtensionFields> participants = [];
    private readonly ImmutableArray<ExtensionFields> sources = [];
    private readonly ImmutableArray<ExtensionFields> relations = [];

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

    /// <summary>Gets the unknown fields of each participant object, by position.</summary>
    /// <exception cref="ArgumentException">Set to a list holding <see langword="null"/>.</exception>
    public ImmutableArray<ExtensionFields> Participants
    {
        get => participants;
        init => participants = ExtensionFields.CheckList(value, nameof(Participants));
    }

    /// <summary>Gets the unknown fields of each source object, by position.</summary>
    /// <exception cref="ArgumentException">Set to a list holding <see langword="null"/>.</exception>
    public ImmutableArray<ExtensionFields> Sources
    {
        get => sources;
        init => sources = ExtensionFields.CheckList(value, nameof(Sources));
    }

    /// <summary>Gets the unknown fields of each relation object, by position.</summary>
    /// <exception cref="ArgumentException">Set to a list holding <see langword="null"/>.</exception>
    public ImmutableArray<ExtensionFields> Relations
    {
        get => relations;
        init => relations = ExtensionFields.CheckList(value, nameof(Relations));
    }

    /// <summary>Gets a value indicating whether there is no extension data at all.</summary>
    public bool IsEmpty =>
        fields.IsEmpty
        && location.IsEmpty
        && participants.All(p => p.IsEmpty)
        && sources.All(s => s.IsEmpty)
        && relations.All(r => r.IsEmpty);

    /// <summary>Gets the unknown fields of a participant.</summary>
    /// <param name="index">The participant's position in the event's list.</param>
    /// <returns>The fields; empty when there are none.</returns>
    public ExtensionFields Participant(int index) => ExtensionFields.At(participants, index);

    /// <summary>Gets the unknown fields of a source.</summary>
    /// <param name="index">The source's position in the event's list.</param>
    /// <returns>The fields; empty when there are none.</returns>
    public ExtensionFields Source(int index) => ExtensionFields.At(sources, index);

    /// <summary>Gets the unknown fields of a relation.</summary>
    /// <param name="index">The relation's position in the event's list.</param>
    /// <returns>The fields; empty when there are none.</returns>
    public ExtensionFields Relation(int index) => ExtensionFields.At(relations, index);

    /// <inheritdoc />
    public bool Equals(EventExtensions? other) =>
        other is not null
        && fields.Equals(other.fields)
        && location.Equals(other.location)
        && ExtensionFields.ListsEqual(participants, other.participants)
        && ExtensionFields.ListsEqual(sources, other.sources)
        && ExtensionFields.ListsEqual(relations, other.relations);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(fields, location);
}
