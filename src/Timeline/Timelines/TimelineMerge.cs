using System.Collections.Immutable;
using Annals.Model;

namespace Annals.Timelines;

/// <summary>Two different records that claim the same id, found while merging timelines.</summary>
/// <param name="Id">The shared id.</param>
/// <param name="IsActor"><see langword="true"/> for two actors, <see langword="false"/> for two events.</param>
/// <param name="Changes">The fields that differ, from the first timeline's version to the second's.</param>
public sealed record MergeConflict(string Id, bool IsActor, ImmutableArray<FieldChange> Changes)
{
    /// <summary>Returns the conflict as one line.</summary>
    /// <returns>For example <c>event 'visit': status: planned → occurred</c>.</returns>
    public override string ToString() =>
        $"{(IsActor ? "actor" : "event")} '{Id}': "
        + string.Join("; ", Changes.Select(c => $"{c.Field}: {c.OldValue ?? "(none)"} → {c.NewValue ?? "(none)"}"));
}

/// <summary>The outcome of <see cref="Timeline.Merge"/>: the merged timeline when the two agree, and every conflict
/// and problem otherwise.</summary>
/// <remarks>Records that are equal in both timelines are kept once. Records that differ under one id are never
/// silently resolved: they are listed in <see cref="Conflicts"/> and <see cref="Timeline"/> is
/// <see langword="null"/>. Resolve each conflict (for example by removing one version from a builder) and merge
/// again.</remarks>
public sealed class TimelineMerge
{
    internal TimelineMerge(Timeline? timeline, ImmutableArray<MergeConflict> conflicts, ImmutableArray<TimelineProblem> problems)
    {
        Timeline = timeline;
        Conflicts = conflicts;
        Problems = problems;
    }

    /// <summary>Gets the merged timeline, or <see langword="null"/> when there were conflicts or problems.</summary>
    public Timeline? Timeline { get; }

    /// <summary>Gets the records that differ under one id.</summary>
    public ImmutableArray<MergeConflict> Conflicts { get; }

    /// <summary>Gets the problems of the merged records, such as a relation that now contradicts a date.</summary>
    public ImmutableArray<TimelineProblem> Problems { get; }

    /// <summary>Gets a value indicating whether the merge succeeded with no conflict and no problem.</summary>
    public bool Succeeded => Timeline is not null;

    internal static TimelineMerge Of(Timeline first, Timeline second)
    {
        var conflicts = ImmutableArray.CreateBuilder<MergeConflict>();
        var builder = first.ToBuilder();
        builder.Title ??= second.Title;
        builder.Description ??= second.Description;
        foreach (var actor in second.Actors)
        {
            var mine = first.FindActor(actor.Id);
            if (mine is null)
            {
                builder.AddActor(actor);
            }
            else if (!mine.Equals(actor))
            {
                conflicts.Add(new MergeConflict(actor.Id, true, ActorChanges(mine, actor)));
            }
        }

        foreach (var item in second)
        {
            var mine = first.Find(item.Id);
            if (mine is null)
            {
                builder.Add(item);
            }
            else if (!mine.Equals(item))
            {
                conflicts.Add(new MergeConflict(item.Id, false, FieldChange.Between(mine, item)));
            }
        }

        if (conflicts.Count > 0)
        {
            return new TimelineMerge(null, conflicts.ToImmutable(), []);
        }

        return builder.TryToImmutable(out var merged, out var problems)
            ? new TimelineMerge(merged, [], [])
            : new TimelineMerge(null, [], problems);
    }

    private static ImmutableArray<FieldChange> ActorChanges(Actor before, Actor after)
    {
        var changes = ImmutableArray.CreateBuilder<FieldChange>();
        if (before.Name != after.Name)
        {
            changes.Add(new FieldChange("name", before.Name, after.Name));
        }

        if (before.Kind != after.Kind)
        {
            changes.Add(new FieldChange("kind", Vocabulary.Name(before.Kind), Vocabulary.Name(after.Kind)));
        }

        if (before.Country != after.Country)
        {
            changes.Add(new FieldChange("country", before.Country?.Value, after.Country?.Value));
        }

        if (!before.Offices.SequenceEqual(after.Offices))
        {
            changes.Add(new FieldChange(
                "offices",
                string.Join(", ", before.Offices.Select(o => $"{o.Title} {o.Term}")),
                string.Join(", ", after.Offices.Select(o => $"{o.Title} {o.Term}"))));
        }

        return changes.ToImmutable();
    }
}
