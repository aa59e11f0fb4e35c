using Annals.Timelines;

namespace Annals.Serialization;

/// <summary>A timeline as a file holds it: the <see cref="Timelines.Timeline"/> itself, plus the fields the format does
/// not define (extension data), kept so that a load–edit–save cycle loses nothing.</summary>
/// <remarks>
/// <para><see cref="ChronologyJson"/> returns one from loading and accepts one for saving. To save an edited timeline
/// with the original file's extension data, use <c>document with { Timeline = edited }</c>.</para>
/// <para>Immutable and thread-safe; two documents are equal when their timelines and extension data are equal.</para>
/// </remarks>
public sealed record ChronologyDocument
{
    private readonly Timeline timeline;
    private readonly ChronologyExtensions extensions;

    /// <summary>Creates a document.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="extensions">The extension data, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is <see langword="null"/>.</exception>
    public ChronologyDocument(Timeline timeline, ChronologyExtensions? extensions = null)
    {
        this.timeline = timeline ?? throw new ArgumentNullException(nameof(timeline));
        this.extensions = extensions ?? ChronologyExtensions.Empty;
    }

    /// <summary>Gets the timeline.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public Timeline Timeline
    {
        get => timeline;
        init => timeline = value ?? throw new ArgumentNullException(nameof(Timeline));
    }

    /// <summary>Gets the extension data: the fields of the file that the format does not define.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ChronologyExtensions Extensions
    {
        get => extensions;
        init => extensions = value ?? throw new ArgumentNullException(nameof(Extensions));
    }
}
