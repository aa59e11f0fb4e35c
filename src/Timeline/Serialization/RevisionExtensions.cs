using System.Collections.Immutable;

namespace Annals.Serialization;

/// <summary>The extension data of one earlier state of an event (an entry of its <c>history</c>): the unknown fields
/// of the entry, of its location, and of each of its sources.</summary>
/// <remarks>Sources are matched by position; missing entries mean "no extension fields". Immutable and thread-safe;
/// compares by value.</remarks>
public sealed record RevisionExtensions
{
    private readonly ExtensionFields fields = ExtensionFields.Empty;
    private readonly ExtensionFields location = ExtensionFields.Empty;
    private readonly ImmutableArray<ExtensionFields> sources = [];

    /// <summary>Gets an instance with no extension data.</summary>
    public static RevisionExtensions Empty { get; } = new();

    /// <summary>Gets the unknown fields of the history entry.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ExtensionFields Fields
    {
        get => fields;
        init => fields = value ?? throw new ArgumentNullException(nameof(Fields));
    }

    /// <summary>Gets the unknown fields of the entry's location object.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ExtensionFields Location
    {
        get => location;
        init => location = value ?? throw new ArgumentNullException(nameof(Location));
    }

    /// <summary>Gets the unknown fields of each of the entry's source objects, by position.</summary>
    /// <exception cref="ArgumentException">Set to a list holding <see langword="null"/>.</exception>
    public ImmutableArray<ExtensionFields> Sources
    {
        get => sources;
        init => sources = ExtensionLists.Check(value, nameof(Sources));
    }

    /// <summary>Gets a value indicating whether there is no extension data at all.</summary>
    public bool IsEmpty => fields.IsEmpty && location.IsEmpty && sources.All(s => s.IsEmpty);

    /// <summary>Gets the unknown fields of a source.</summary>
    /// <param name="index">The source's position in the entry's list.</param>
    /// <returns>The fields; empty when there are none.</returns>
    public ExtensionFields Source(int index) => ExtensionLists.At(sources, index, ExtensionFields.Empty);

    /// <inheritdoc />
    public bool Equals(RevisionExtensions? other) =>
        other is not null
        && fields.Equals(other.fields)
        && location.Equals(other.location)
        && ExtensionLists.Equal(sources, other.sources, ExtensionFields.Empty);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(fields, location);
}
