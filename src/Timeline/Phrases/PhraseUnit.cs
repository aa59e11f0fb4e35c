namespace Annals.Phrases;

/// <summary>A unit of calendar time named in a phrase.</summary>
internal enum PhraseUnit
{
    Day,
    Week,
    Month,
    Year,
}
