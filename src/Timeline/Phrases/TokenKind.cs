namespace Annals.Phrases;

/// <summary>What a token of a phrase is.</summary>
internal enum TokenKind
{
    /// <summary>The end of the phrase (a sentinel after the last token).</summary>
    End,

    /// <summary>A run of letters, folded to lowercase without accents.</summary>
    Word,

    /// <summary>A run of ASCII digits.</summary>
    Number,

    /// <summary>Digits followed by st, nd, rd or th, such as 20th.</summary>
    Ordinal,

    /// <summary>Digits followed by other letters, such as 3x: not a number.</summary>
    Malformed,

    /// <summary>Any other single character, such as a comma, a hyphen or a period.</summary>
    Symbol,
}
