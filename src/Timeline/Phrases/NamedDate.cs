using NodaTime;

namespace Annals.Phrases;

/// <summary>A caller-supplied name for a day ("Trump took office"), tokenized once for matching.</summary>
/// <param name="Name">The name as the caller wrote it.</param>
/// <param name="Tokens">Its tokens, without the end sentinel.</param>
/// <param name="Day">The day it stands for.</param>
internal sealed record NamedDate(string Name, Token[] Tokens, LocalDate Day);
