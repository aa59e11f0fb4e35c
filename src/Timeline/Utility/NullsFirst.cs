using System.Diagnostics.CodeAnalysis;

namespace Annals.Utility;

/// <summary>The first step of the library's comparers: the same reference is equal, and <see langword="null"/> sorts first.</summary>
internal static class NullsFirst
{
    /// <summary>Settles the order of two references when either is <see langword="null"/> or both are the same.</summary>
    /// <typeparam name="T">The compared type.</typeparam>
    /// <param name="x">The first value, or <see langword="null"/>.</param>
    /// <param name="y">The second value, or <see langword="null"/>.</param>
    /// <param name="result">The order when it is settled: 0 for the same reference, -1 when only <paramref name="x"/> is null, 1 when only <paramref name="y"/> is.</param>
    /// <returns>Whether the order is settled; when not, neither value is <see langword="null"/>.</returns>
    public static bool TryCompare<T>([NotNullWhen(false)] T? x, [NotNullWhen(false)] T? y, out int result)
        where T : class
    {
        if (ReferenceEquals(x, y))
        {
            result = 0;
            return true;
        }

        result = x is null ? -1 : y is null ? 1 : 0;
        return result != 0;
    }
}
