using System.Collections.Immutable;

namespace Annals.Serialization;

/// <summary>The extension data of one actor: the unknown fields of the actor object and of each of its offices.</summary>
/// <remarks>
/// <para>Offices are matched by position: <c>Offices[1]</c> belongs to the actor's second office. The list may be
/// shorter than the actor's offices; missing entries mean "no extension fields".</para>
/// <para>Immutable and thread-safe; compares by value.</para>
/// </remarks>
public sealed record ActorExtensions
{
    private readonly ExtensionFields fields = ExtensionFields.Empty;
    private readonly ImmutableArray<ExtensionFields> offices = [];

    /// <summary>Gets an instance with no extension data.</summary>
    public static ActorExtensions Empty { get; } = new();

    /// <summary>Gets the unknown fields of the actor object.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ExtensionFields Fields
    {
        get => fields;
        init => fields = value ?? throw new ArgumentNullException(nameof(Fields));
    }

    /// <summary>Gets the unknown fields of each office object, by position.</summary>
    /// <exception cref="ArgumentException">Set to a list holding <see langword="null"/>.</exception>
    public ImmutableArray<ExtensionFields> Offices
    {
        get => offices;
        init => offices = ExtensionLists.Check(value, nameof(Offices));
    }

    /// <summary>Gets a value indicating whether there is no extension data at all.</summary>
    public bool IsEmpty => fields.IsEmpty && offices.All(o => o.IsEmpty);

    /// <summary>Gets the unknown fields of an office.</summary>
    /// <param name="index">The office's position in the actor's list.</param>
    /// <returns>The fields; empty when there are none.</returns>
    public ExtensionFields Office(int index) => ExtensionLists.At(offices, index, ExtensionFields.Empty);

    /// <inheritdoc />
    public bool Equals(ActorExtensions? other) =>
        other is not null && fields.Equals(other.fields) && ExtensionLists.Equal(offices, other.offices, ExtensionFields.Empty);

    /// <inheritdoc />
    public override int GetHashCode() => fields.GetHashCode();
}
