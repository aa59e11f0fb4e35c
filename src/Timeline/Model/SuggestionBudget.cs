namespace Annals.Model;

/// <summary>A bound on the work that "did you mean" suggestions may do for one load or one validation, so that a file
/// with thousands of misspelt names against thousands of candidates cannot take quadratic time. Once it is spent,
/// messages give their plain advice instead of a suggestion; the outcome is still deterministic.</summary>
/// <remarks>Not thread-safe: each load or validation has its own.</remarks>
internal sealed class SuggestionBudget
{
    /// <summary>The default budget: 20 million cells of edit-distance tables, some tens of milliseconds, which is
    /// hundreds of suggestions among a few hundred candidates.</summary>
    public const long DefaultCells = 20_000_000;

    private long remaining;

    public SuggestionBudget(long cells = DefaultCells)
    {
        remaining = cells;
    }

    /// <summary>Gets a value indicating whether the budget is spent, so that no further suggestion will be made.</summary>
    public bool IsSpent => remaining <= 0;

    /// <summary>Takes <paramref name="cells"/> from the budget, or spends it all and fails when there are not enough.</summary>
    public bool TrySpend(long cells)
    {
        if (cells > remaining)
        {
            remaining = 0;
            return false;
        }

        remaining -= cells;
        return true;
    }
}
