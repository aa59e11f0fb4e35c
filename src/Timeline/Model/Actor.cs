using System.Collections.Immutable;
using Annals.Dates;

namespace Annals.Model;

/// <summary>A person, state, organisation, group or media outlet that takes part in events, with the offices it held.</summary>
/// <remarks>Immutable and thread-safe. Two actors are equal when every field is equal, offices compared in order.</remarks>
public sealed record Actor
{
    private readonly string id;
    private readonly string name;
    private readonly ActorKind kind;
    private readonly ImmutableArray<Office> offices = [];

    /// <summary>Creates an actor.</summary>
    /// <param name="id">The id events use to name the actor, such as <c>bukele</c>.</param>
    /// <param name="name">The name as it should be printed, such as <c>Nayib Bukele</c>.</param>
    /// <param name="kind">What sort of actor this is.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid id, <paramref name="name"/> is blank,
    /// or <paramref name="kind"/> is not defined.</exception>
    public Actor(string id, string name, ActorKind kind = ActorKind.Person)
    {
        this.id = Slug.Check(id, nameof(id));
        this.name = FieldChecks.Required(name, nameof(name));
        Kind = kind;
    }

    /// <summary>Gets the id.</summary>
    public string Id
    {
        get => id;
        init => id = Slug.Check(value, nameof(Id));
    }

    /// <summary>Gets the name.</summary>
    public string Name
    {
        get => name;
        init => name = FieldChecks.Required(value, nameof(Name));
    }

    /// <summary>Gets what sort of actor this is.</summary>
    public ActorKind Kind
    {
        get => kind;
        init => kind = FieldChecks.Defined(value, nameof(Kind), "actor kind");
    }

    /// <summary>Gets the actor's country.</summary>
    public CountryCode? Country { get; init; }

    /// <summary>Gets the offices held, in the order given.</summary>
    public ImmutableArray<Office> Offices
    {
        get => offices;
        init => offices = NoNulls(value, nameof(Offices));
    }

    /// <summary>Finds the office the actor certainly held throughout a date, for titles such as
    /// "U.S. Secretary of State Marco Rubio".</summary>
    /// <param name="date">The date of an event.</param>
    /// <returns>The first office, in the order given, held on every possible day of <paramref name="date"/>; or
    /// <see langword="null"/> when none was certainly held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is <see langword="null"/>.</exception>
    public Office? OfficeOn(EdtfDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        foreach (var office in Offices)
        {
            if (office.IsHeldThroughout(date))
            {
                return office;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(Actor? other) =>
        other is not null
        && id == other.id
        && name == other.name
        && kind == other.kind
        && Country == other.Country
        && offices.SequenceEqual(other.offices);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(id, name, kind, Country, offices.Length);

    internal static ImmutableArray<T> NoNulls<T>(ImmutableArray<T> items, string paramName)
        where T : class
    {
        if (items.IsDefault)
        {
            return [];
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentException($"{paramName}[{i}] is null; leave it out instead.", paramName);
            }
        }

        return items;
    }
}
