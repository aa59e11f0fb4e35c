using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Annals.Model;

/// <summary>
/// What kind of event something is: a built-in kind from the vocabulary below, which carries its CAMEO code and PLOVER
/// category, or a custom kind whose name starts with <c>x-</c>.
/// </summary>
/// <remarks>
/// <para>The built-in vocabulary:</para>
/// <list type="table">
/// <listheader><term>Name</term><description>CAMEO; PLOVER category and mode</description></listheader>
/// <item><term><c>statement</c></term><description>010</description></item>
/// <item><term><c>praise</c></term><description>051</description></item>
/// <item><term><c>intent-to-meet</c></term><description>036</description></item>
/// <item><term><c>consult</c></term><description>040; CONSULT</description></item>
/// <item><term><c>call</c></term><description>041; CONSULT, phone</description></item>
/// <item><term><c>visit</c></term><description>042 (the visitor's side) and 043 (the host's side); CONSULT, visit</description></item>
/// <item><term><c>third-location-meeting</c></term><description>044; CONSULT, third-party</description></item>
/// <item><term><c>mediation</c></term><description>045</description></item>
/// <item><term><c>negotiation</c></term><description>046</description></item>
/// <item><term><c>agreement</c></term><description>057; AGREE</description></item>
/// <item><term><c>reject-meeting</c></term><description>125; REJECT</description></item>
/// <item><term><c>deportation</c></term><description>174; COERCE</description></item>
/// </list>
/// <para>Kinds compare by name, ordinally. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class EventKind : IEquatable<EventKind>
{
    /// <summary>The prefix that every custom kind's name starts with.</summary>
    public const string CustomPrefix = "x-";

    private EventKind(string name, ImmutableArray<string> cameoCodes, string? ploverCategory, string? ploverMode)
    {
        Name = name;
        CameoCodes = cameoCodes;
        PloverCategory = ploverCategory;
        PloverMode = ploverMode;
    }

    /// <summary>Gets a public statement (CAMEO 010).</summary>
    public static EventKind Statement { get; } = BuiltIn("statement", ["010"]);

    /// <summary>Gets praise or endorsement (CAMEO 051).</summary>
    public static EventKind Praise { get; } = BuiltIn("praise", ["051"]);

    /// <summary>Gets an expressed intent to meet or negotiate (CAMEO 036).</summary>
    public static EventKind IntentToMeet { get; } = BuiltIn("intent-to-meet", ["036"]);

    /// <summary>Gets a consultation of unspecified form (CAMEO 040; PLOVER CONSULT).</summary>
    public static EventKind Consult { get; } = BuiltIn("consult", ["040"], "CONSULT");

    /// <summary>Gets a telephone or video call (CAMEO 041; PLOVER CONSULT, mode phone).</summary>
    public static EventKind Call { get; } = BuiltIn("call", ["041"], "CONSULT", "phone");

    /// <summary>Gets a visit: CAMEO 042 from the visitor's side and 043 from the host's side; PLOVER CONSULT, mode visit.</summary>
    public static EventKind Visit { get; } = BuiltIn("visit", ["042", "043"], "CONSULT", "visit");

    /// <summary>Gets a meeting at a third location (CAMEO 044; PLOVER CONSULT, mode third-party).</summary>
    public static EventKind ThirdLocationMeeting { get; } = BuiltIn("third-location-meeting", ["044"], "CONSULT", "third-party");

    /// <summary>Gets a mediation (CAMEO 045).</summary>
    public static EventKind Mediation { get; } = BuiltIn("mediation", ["045"]);

    /// <summary>Gets a negotiation (CAMEO 046).</summary>
    public static EventKind Negotiation { get; } = BuiltIn("negotiation", ["046"]);

    /// <summary>Gets a formal agreement (CAMEO 057; PLOVER AGREE).</summary>
    public static EventKind Agreement { get; } = BuiltIn("agreement", ["057"], "AGREE");

    /// <summary>Gets the rejection of a proposal to meet (CAMEO 125; PLOVER REJECT).</summary>
    public static EventKind RejectMeeting { get; } = BuiltIn("reject-meeting", ["125"], "REJECT");

    /// <summary>Gets an expulsion or deportation of individuals (CAMEO 174; PLOVER COERCE).</summary>
    public static EventKind Deportation { get; } = BuiltIn("deportation", ["174"], "COERCE");

    /// <summary>Gets every built-in kind, in the order of the vocabulary table.</summary>
    public static ImmutableArray<EventKind> BuiltIns { get; } =
    [
        Statement, Praise, IntentToMeet, Consult, Call, Visit, ThirdLocationMeeting, Mediation, Negotiation, Agreement,
        RejectMeeting, Deportation,
    ];

    /// <summary>Gets the kind's name, such as <c>visit</c> or <c>x-inauguration</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the CAMEO codes the kind maps to (empty for custom kinds). A visit has two: 042 and 043.</summary>
    public ImmutableArray<string> CameoCodes { get; }

    /// <summary>Gets the PLOVER category, such as <c>CONSULT</c>, or <see langword="null"/> when none is assigned.</summary>
    public string? PloverCategory { get; }

    /// <summary>Gets the PLOVER mode within the category, such as <c>visit</c>, or <see langword="null"/>.</summary>
    public string? PloverMode { get; }

    /// <summary>Gets a value indicating whether this is a custom kind (its name starts with <c>x-</c>).</summary>
    public bool IsCustom => Name.StartsWith(CustomPrefix, StringComparison.Ordinal);

    /// <summary>Creates a custom kind.</summary>
    /// <param name="name">The name: <c>x-</c> followed by lowercase letters, digits and hyphens, e.g. <c>x-inauguration</c>.</param>
    /// <returns>The custom kind.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> does not start with <c>x-</c> or is not a valid slug.</exception>
    public static EventKind Custom(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsCustomName(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a custom event kind: custom kinds are '{CustomPrefix}' followed by lowercase letters, digits and hyphens, e.g. 'x-inauguration'.",
                nameof(name));
        }

        return new EventKind(name, [], null, null);
    }

    /// <summary>Finds a kind by name: a built-in name, or a custom name starting with <c>x-</c>.</summary>
    /// <param name="name">The name to look up.</param>
    /// <param name="kind">The kind, when the name is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="name"/> is a built-in or a well-formed custom name.</returns>
    public static bool TryGet(string? name, [NotNullWhen(true)] out EventKind? kind)
    {
        kind = null;
        if (name is null)
        {
            return false;
        }

        foreach (var builtIn in BuiltIns)
        {
            if (builtIn.Name == name)
            {
                kind = builtIn;
                return true;
            }
        }

        if (IsCustomName(name))
        {
            kind = new EventKind(name, [], null, null);
            return true;
        }

        return false;
    }

    /// <summary>Finds the built-in kinds that carry a CAMEO code, such as <c>043</c>.</summary>
    /// <param name="cameoCode">A CAMEO code, written with its leading zero.</param>
    /// <returns>The matching kinds; empty when none matches.</returns>
    public static ImmutableArray<EventKind> WithCameoCode(string cameoCode) =>
        BuiltIns.Where(k => k.CameoCodes.Contains(cameoCode)).ToImmutableArray();

    /// <inheritdoc />
    public bool Equals(EventKind? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EventKind);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>Returns the kind's name.</summary>
    /// <returns>The name, such as <c>visit</c>.</returns>
    public override string ToString() => Name;

    /// <summary>Compares two kinds by name.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns><see langword="true"/> when both are null or both have the same name.</returns>
    public static bool operator ==(EventKind? left, EventKind? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two kinds by name.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns><see langword="true"/> when the names differ.</returns>
    public static bool operator !=(EventKind? left, EventKind? right) => !(left == right);

    private static bool IsCustomName(string name) =>
        name.StartsWith(CustomPrefix, StringComparison.Ordinal)
        && name.Length > CustomPrefix.Length
        && Slug.IsValid(name);

    private static EventKind BuiltIn(string name, ImmutableArray<string> cameo, string? plover = null, string? mode = null) =>
        new(name, cameo, plover, mode);
}
