namespace Annals.Phrases;

/// <summary>What an amount of time in a phrase counts from.</summary>
internal enum AmountUse
{
    /// <summary>"in two weeks", "en dos semanas", "dentro de dos semanas": after the anchor.</summary>
    AfterAnchor,

    /// <summary>"hace tres días": before the anchor.</summary>
    BeforeAnchor,

    /// <summary>"3 days ago", "3 days after …", "tres días después de …": the words that follow the amount say.</summary>
    FromWhatFollows,
}
