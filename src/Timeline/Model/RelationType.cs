namespace Annals.Model;

/// <summary>How one event relates to another.</summary>
/// <remarks>
/// <para>In the file format each value is written in kebab case: <c>follows</c>, <c>announces</c>, <c>implements</c>,
/// <c>responds-to</c>, <c>supersedes</c>, <c>part-of</c>.</para>
/// <para>Building a timeline checks each relation against the dates of both events; see
/// <see cref="Annals.Timelines.TimelineBuilder"/>.</para>
/// </remarks>
public enum RelationType
{
    /// <summary>This event comes after the other, as a consequence or a sequel. The other must not certainly come
    /// after this one.</summary>
    Follows,

    /// <summary>This event announces the other in advance. The other must not certainly come before this one.</summary>
    Announces,

    /// <summary>This event carries out what the other decided or agreed. The other must not certainly come after this
    /// one.</summary>
    Implements,

    /// <summary>This event answers the other. The other must not certainly come after this one.</summary>
    RespondsTo,

    /// <summary>This event replaces the other, for example a rescheduled visit. No date constraint applies.</summary>
    Supersedes,

    /// <summary>This event is part of the other. The two must possibly overlap in time.</summary>
    PartOf,
}
