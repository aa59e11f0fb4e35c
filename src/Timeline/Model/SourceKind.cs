namespace Annals.Model;

/// <summary>What kind of source a claim comes from.</summary>
/// <remarks>In the file format each value is written in lowercase: <c>official</c>, <c>news</c>, <c>social</c>,
/// <c>anonymous</c>.</remarks>
public enum SourceKind
{
    /// <summary>An official statement, transcript or document from a government or organisation.</summary>
    Official,

    /// <summary>A news report.</summary>
    News,

    /// <summary>A post on a social network.</summary>
    Social,

    /// <summary>Unnamed sources, as relayed by a publisher.</summary>
    Anonymous,
}
