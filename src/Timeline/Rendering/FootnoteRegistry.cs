using System.Runtime.InteropServices;
using Annals.Model;
using Annals.Utility;

namespace Annals.Rendering;

/// <summary>
/// Numbers the sources cited in a document (GitHub footnotes in Markdown, the list of sources in HTML), in the order
/// of their first reference. A source cited by several events (the same <see cref="Source"/> value) keeps its first
/// number, so it is defined once; each reference to it is counted, so HTML can link back to every one.
/// </summary>
/// <remarks>Holds only the distinct sources, not the document. Not thread-safe.</remarks>
internal sealed class FootnoteRegistry
{
    private readonly Dictionary<Source, int> numbers;
    private readonly List<Source> sources;
    private readonly List<int> references;

    /// <summary>Creates an empty registry.</summary>
    /// <param name="expected">How many distinct sources to make room for at once, such as the number of events: the
    /// tables then grow seldom or never, instead of being copied at every doubling. It is a hint; more sources still
    /// fit.</param>
    public FootnoteRegistry(int expected = 0)
    {
        numbers = new(expected, CheapSourceHash.Instance);
        sources = new(expected);
        references = new(expected);
    }

    /// <summary>Gets the number of distinct sources cited so far.</summary>
    public int Count => sources.Count;

    /// <summary>Gets the distinct sources cited so far; source <c>n</c> is at index <c>n - 1</c>.</summary>
    public IReadOnlyList<Source> Sources => sources;

    /// <summary>Cites a source.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The source's number (from 1) and which reference to it this is (from 1).</returns>
    public (int Number, int Occurrence) Cite(Source source)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, source, out var cited);
        if (!cited)
        {
            sources.Add(source);
            references.Add(0);
            number = sources.Count;
        }

        return (number, ++references[number - 1]);
    }

    /// <summary>Gets how many times a source has been cited.</summary>
    /// <param name="number">The source's number, from 1.</param>
    /// <returns>The number of references to it.</returns>
    public int ReferenceCount(int number) => references[number - 1];

    /// <summary>Cites a source and returns its footnote reference, such as <c>[^3]</c>.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The reference.</returns>
    public string Reference(Source source) =>
        "[^" + Cite(source).Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    /// <summary>Gets an event's sources, each distinct source once, in the order the event lists them.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The sources.</returns>
    public static IReadOnlyList<Source> Distinct(Event e)
    {
        if (e.Sources.Length < 2)
        {
            return e.Sources;
        }

        var seen = new HashSet<Source>();
        return [.. e.Sources.Where(seen.Add)];
    }

    /// <summary>Cites every source of an event.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The references, separated by spaces: <c>[^1] [^2]</c>, each source once; empty when the event has no
    /// sources.</returns>
    public string References(Event e)
    {
        if (e.Sources.IsEmpty)
        {
            return string.Empty;
        }

        // Separated by a space: Markdig reads "[^1][^2]" as a reference link to the second footnote.
        return string.Join(" ", Distinct(e).Select(Reference));
    }

    /// <summary>Cites every source of an event and writes what <see cref="References"/> returns, without making strings.</summary>
    /// <param name="writer">The document.</param>
    /// <param name="e">The event.</param>
    public void WriteReferences(LineWriter writer, Event e)
    {
        var eventSources = e.Sources;
        for (var i = 0; i < eventSources.Length; i++)
        {
            var source = eventSources[i];
            if (IndexOf(eventSources, source, i) < i)
            {
                continue; // cited already by this event
            }

            writer.Write(i == 0 ? "[^" : " [^").Write(Cite(source).Number).Write(']');
        }
    }

    private static int IndexOf(System.Collections.Immutable.ImmutableArray<Source> items, Source item, int before)
    {
        for (var i = 0; i < before; i++)
        {
            if (items[i].Equals(item))
            {
                return i;
            }
        }

        return before;
    }

    /// <summary>Writes the footnote definitions, each its own block: <c>[^1]: NBC News, …</c>.</summary>
    /// <param name="writer">The document.</param>
    /// <param name="citation">Writes a source's text.</param>
    public void WriteDefinitions(LineWriter writer, SourceCitation citation)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            ReadAhead.Sources(sources, i);
            writer.BlankLine();
            writer.Write("[^").Write(i + 1).Write("]: ");
            citation.Write(writer, sources[i]);
            writer.EndLine();
        }
    }

    /// <summary>Compares sources by value (<see cref="Source.Equals(Source?)"/>) but hashes only the link, or the
    /// publisher and title of a source without one: sources that are equal have equal links, publishers and titles, so
    /// the hash stays consistent with equality, and it reads two short strings instead of every field.</summary>
    private sealed class CheapSourceHash : IEqualityComparer<Source>
    {
        public static readonly CheapSourceHash Instance = new();

        public bool Equals(Source? x, Source? y) => ReferenceEquals(x, y) || (x is not null && x.Equals(y));

        public int GetHashCode(Source obj) => obj.Url is { } url
            ? StringComparer.Ordinal.GetHashCode(url)
            : HashCode.Combine(StringComparer.Ordinal.GetHashCode(obj.Publisher), obj.Title is null ? 0 : StringComparer.Ordinal.GetHashCode(obj.Title));
    }
}
