using System.Collections.Immutable;

namespace Annals.Serialization;

/// <summary>Helpers for the lists of per-item extension data (one entry per participant, source, office, …), where a
/// missing entry means "nothing" and so equals an empty one.</summary>
internal static class ExtensionLists
{
    public static T At<T>(ImmutableArray<T> list, int index, T empty)
        where T : class =>
        !list.IsDefault && index >= 0 && index < list.Length ? list[index] : empty;

    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right, T empty)
        where T : class
    {
        var length = Math.Max(left.IsDefault ? 0 : left.Length, right.IsDefault ? 0 : right.Length);
        for (var i = 0; i < length; i++)
        {
            if (!At(left, i, empty).Equals(At(right, i, empty)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Checks a list given to an init accessor: no null entries; default becomes empty.</summary>
    public static ImmutableArray<T> Check<T>(ImmutableArray<T> list, string paramName)
        where T : class
    {
        if (list.IsDefault)
        {
            return [];
        }

        foreach (var item in list)
        {
            if (item is null)
            {
                throw new ArgumentException("The list holds null; use an empty instance for an item with no extension data.", paramName);
            }
        }

        return list;
    }
}
